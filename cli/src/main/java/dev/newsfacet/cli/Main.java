package dev.newsfacet.cli;

import dev.newsfacet.NewsfacetException;
import dev.newsfacet.QuerySyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsfacet} command: a thin shell around {@link dev.newsfacet.NewsIndex} and the extractor. */
@Command(name = "newsfacet", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Who said what, who and what was mentioned, and when: news articles into a searchable index.", ""},
    footer = {"", "Exit status: 0 ok; 1 something failed or was skipped (details on standard error); 2 usage error "
        + "(bad option, malformed query, missing path).",
        "The default index is $NEWSFACET_INDEX, else $XDG_DATA_HOME/newsfacet/index, else ~/.local/share/newsfacet/index.",
        "Try: newsfacet demo    |    newsfacet search \"statements by Orban\"    |    newsfacet help search",
        "Measuring and training newsfacet (eval, train, bench) comes with the developer's jar, newsfacet-dev; "
            + "in a checkout, bin/newsfacet runs it for those commands."})
public final class Main implements Runnable {
  /** Exit status: done. */
  public static final int OK = 0;
  /** Exit status: something failed or was skipped (details on standard error). */
  public static final int FAILED = 1;
  /** Exit status: a usage error (bad option, malformed query, missing path). */
  public static final int USAGE = 2;

  /**
   * The user's subcommands, in the order help lists them. The commands that measure and train newsfacet
   * (eval, train, bench) are not here: they come with the developer's jar ({@code newsfacet-dev}), which
   * runs {@link #run(String[], PrintWriter, PrintWriter, java.util.Map)} with them.
   */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    for (Class<?> c : List.of(IndexCommand.class, SearchCommand.class, ShowCommand.class, ExtractCommand.class,
        StatsCommand.class, CheckCommand.class, ServeCommand.class, DemoCommand.class)) {
      m.put(c.getAnnotation(Command.class).name(), c);
    }
    return Collections.unmodifiableMap(m);
  }

  private static Object newCommand(Class<?> type) {
    try {
      Constructor<?> c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the " + type.getSimpleName() + " command", e);
    }
  }

  @Option(names = "--verbose", description = "Show stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Held so the level set below is not lost when the logger is garbage-collected. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    System.exit(runInTerminal(args, Map.of()));
  }

  /**
   * Runs the command line as a process does: Lucene's start-up notes silenced unless {@code --verbose},
   * standard output and error in UTF-8 whatever the locale says (news text is full of curly quotes and
   * accents). Returns the exit status.
   */
  public static int runInTerminal(String[] args, Map<String, Supplier<Object>> developerCommands) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    // Lucene notes at start-up that the vector incubator module is absent; that is noise for a CLI user
    LUCENE_LOG.setLevel(verbose ? Level.INFO : Level.SEVERE);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return run(args, out, err, developerCommands);
  }

  /** Runs the user's command line with the given streams and returns the exit status (used by tests too). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Map.of());
  }

  /**
   * Runs the command line with the user's commands and {@code developerCommands} (which help lists under
   * their own heading), returning the exit status.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err,
      Map<String, Supplier<Object>> developerCommands) {
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    // picocli reads every command's annotations when it is added: a search builds only its own command
    // (a tenth of a second of start-up), help and unknown commands get them all
    String first = args.length > 0 ? args[0] : "";
    if (COMMANDS.containsKey(first)) {
      cl.addSubcommand(first, newCommand(COMMANDS.get(first)));
    } else if (developerCommands.containsKey(first)) {
      cl.addSubcommand(first, developerCommands.get(first).get());
    } else {
      COMMANDS.forEach((name, type) -> cl.addSubcommand(name, newCommand(type)));
      developerCommands.forEach((name, command) -> cl.addSubcommand(name, command.get()));
      cl.addSubcommand("help", new CommandLine.HelpCommand());
    }
    cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
        help -> commandList(help, developerCommands.keySet()));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true); // --sort newest, --backend opensearch
    // "Blair -Iraq": a query word may start with a minus (it means NOT); "--" ends the options as usual
    if (cl.getSubcommands().containsKey("search")) {
      cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    }
    cl.setExitCodeExceptionMapper(e -> e instanceof QuerySyntaxException || e instanceof CommandLine.ParameterException ? USAGE : FAILED);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof QuerySyntaxException) {
        err.println("newsfacet: bad query: " + Output.safe(e.getMessage()));
      } else if (e instanceof NewsfacetException) {
        err.println("newsfacet: " + Output.safe(e.getMessage()));
      } else if (e instanceof IOException) {
        err.println("newsfacet: I/O error: " + Output.safe(ioReason((IOException) e)));
      } else {
        err.println("newsfacet: internal error: " + Output.safe(String.valueOf(e)) + " (run with --verbose for details, and please report it)");
      }
      if (main.verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return e instanceof QuerySyntaxException ? USAGE : FAILED;
    });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** The command list of the help: the user's commands, then the developer's under their own heading. */
  private static String commandList(CommandLine.Help help, Set<String> developerCommands) {
    Map<String, CommandLine.Help> users = new LinkedHashMap<>();
    Map<String, CommandLine.Help> developers = new LinkedHashMap<>();
    help.subcommands().forEach((name, h) -> (developerCommands.contains(name) ? developers : users).put(name, h));
    String list = help.commandList(users);
    if (!developers.isEmpty()) {
      list += help.createHeading("%nDeveloper commands (measure and train newsfacet on the annotated corpora, "
          + "which are not shipped):%n") + help.commandList(developers);
    }
    return list;
  }

  /** An I/O error in words: the file and what went wrong with it ("…/write.lock: permission denied"). */
  static String ioReason(IOException e) {
    String m = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return m + ": no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return m + ": permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      return m + ": already exists";
    } else if (e instanceof NotDirectoryException) {
      return m + ": not a directory";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"newsfacet " + p.getProperty("version", "(unknown version)")
          + " (Lucene " + org.apache.lucene.util.Version.LATEST + ", Java " + Runtime.version() + ")"};
    }
  }
}
