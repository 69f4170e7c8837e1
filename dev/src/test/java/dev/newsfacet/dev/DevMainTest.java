package dev.newsfacet.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DevMainTest {
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = DevMain.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void theDevelopersCommandsAreListedApartAfterTheUsers() {
    Run help = run("--help");
    assertEquals(0, help.status());
    int developers = help.out().indexOf("Developer commands");
    assertTrue(developers > help.out().indexOf("  search ") && developers < help.out().indexOf("  eval ")
        && developers < help.out().indexOf("  train ") && developers < help.out().indexOf("  bench "), help.out());
  }

  @Test
  void aDeveloperCommandAndAUserCommandBothRun() {
    Run eval = run("eval", "--help");
    assertEquals(0, eval.status(), eval.err());
    assertTrue(eval.out().contains("quotes") && eval.out().contains("entities"), eval.out());
    Run train = run("train", "ner", "--help");
    assertEquals(0, train.status(), train.err());
    assertTrue(train.out().contains("--seed"), train.out());
    Run search = run("search", "--help");
    assertEquals(0, search.status(), search.err());
    // a corpus that is not there is one clear error, not a stack trace
    Run missing = run("eval", "quotes", "--polnear", "/nonexistent/polnear");
    assertEquals(1, missing.status());
    assertTrue(missing.err().contains("does not exist"), missing.err());
  }
}
