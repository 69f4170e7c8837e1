package dev.newsfacet;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an ingest has come, reported after each batch written.
 *
 * @param articles articles indexed so far (added or updated)
 * @param bytesRead bytes of the input files read so far
 * @param bytesTotal bytes of all the input files (0 when unknown)
 * @param elapsed time since the ingest began
 */
public record IngestProgress(long articles, long bytesRead, long bytesTotal, Duration elapsed) {
  /** Articles indexed per second so far. */
  public double articlesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : articles / seconds;
  }

  /** Time left, extrapolated from the share of input bytes read; empty until that share says something. */
  public Optional<Duration> remaining() {
    if (bytesTotal <= 0 || bytesRead <= 0 || elapsed.toMillis() < 1000) {
      return Optional.empty();
    }
    double done = Math.min(1.0, (double) bytesRead / bytesTotal);
    return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - done) / done)));
  }
}
