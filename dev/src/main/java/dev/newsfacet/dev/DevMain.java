package dev.newsfacet.dev;

import dev.newsfacet.cli.Main;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code newsfacet} for the people who measure and train it: every user command, and under their own
 * help heading {@code eval}, {@code train} and {@code bench}, which read the annotated corpora (not
 * shipped). The user's jar ({@code newsfacet-cli}) carries none of this code; {@code bin/newsfacet} runs
 * this jar for these three commands.
 */
public final class DevMain {
  /** The developer commands, in the order help lists them. */
  static final Map<String, Supplier<Object>> COMMANDS = commands();

  private DevMain() {}

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("eval", EvalCommand::new);
    m.put("train", TrainCommand::new);
    m.put("bench", BenchCommand::new);
    return m;
  }

  public static void main(String[] args) {
    System.exit(Main.runInTerminal(args, COMMANDS));
  }

  /** Runs the command line with the given streams and returns the exit status (used by tests too). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return Main.run(args, out, err, COMMANDS);
  }
}
