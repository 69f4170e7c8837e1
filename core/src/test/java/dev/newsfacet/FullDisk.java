package dev.newsfacet;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/** For tests: a directory whose files cannot be created once the disk is "full". */
public final class FullDisk extends FilterDirectory {
  private final AtomicBoolean full;

  public FullDisk(Directory in, AtomicBoolean full) {
    super(in);
    this.full = full;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    if (full.get()) {
      throw new IOException("No space left on device");
    }
    return super.createOutput(name, context);
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    if (full.get()) {
      throw new IOException("No space left on device");
    }
    return super.createTempOutput(prefix, suffix, context);
  }
}
