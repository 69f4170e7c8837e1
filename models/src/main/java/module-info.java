/**
 * The trained models newsfacet ships: resources only (see {@link dev.newsfacet.models.ShippedModels}),
 * opened so that core finds them by name on the module path as on the class path.
 */
module dev.newsfacet.models {
  exports dev.newsfacet.models;
  opens dev.newsfacet.models;
}
