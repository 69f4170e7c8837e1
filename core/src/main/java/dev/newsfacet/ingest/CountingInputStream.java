package dev.newsfacet.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports the raw bytes read from a file to the listener, in steps, for progress and ETA. */
final class CountingInputStream extends FilterInputStream {
  private static final int STEP = 1 << 20;
  private final IngestListener listener;
  private long unreported;

  CountingInputStream(InputStream in, IngestListener listener) {
    super(in);
    this.listener = listener;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) {
    unreported += n;
    if (unreported >= STEP) {
      listener.bytesRead(unreported);
      unreported = 0;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      if (unreported > 0) {
        listener.bytesRead(unreported);
        unreported = 0;
      }
    }
  }
}
