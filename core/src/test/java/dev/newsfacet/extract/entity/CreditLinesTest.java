package dev.newsfacet.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.extract.entity.CreditLines.Credit;
import dev.newsfacet.extract.entity.CreditLines.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credit lines: where they stand, who they name, and what is news instead. */
class CreditLinesTest {
  private final CreditLines credits = CreditLines.shipped();

  @Test
  void aBracketedWireCreditNamesItsReportersAsAuthorsAndItsEditorsApart() {
    String text = "The plant will close in May, the firm said. (Reporting by Nadia Kerrow in Lyon and Piet van Dam; "
        + "Additional reporting by Ola Bright, Sam T. Okafor; Editing by Hester Vane)";
    List<CreditLines.Line> lines = credits.find(text);
    assertEquals(1, lines.size());
    assertEquals(text.indexOf("Reporting"), lines.get(0).start());
    assertEquals(text.length() - 1, lines.get(0).end());
    assertEquals(List.of(new Credit(Role.AUTHOR, "Nadia Kerrow", lines.get(0).start(), lines.get(0).end()),
        new Credit(Role.AUTHOR, "Piet van Dam", lines.get(0).start(), lines.get(0).end()),
        new Credit(Role.AUTHOR, "Ola Bright", lines.get(0).start(), lines.get(0).end()),
        new Credit(Role.AUTHOR, "Sam T. Okafor", lines.get(0).start(), lines.get(0).end()),
        new Credit(Role.EDITOR, "Hester Vane", lines.get(0).start(), lines.get(0).end())), lines.get(0).credits());
    assertEquals(List.of("Nadia Kerrow", "Piet van Dam", "Ola Bright", "Sam T. Okafor"), credits.authors(text));
  }

  @Test
  void lowerCaseCuesContinueACreditLineAndALongOneWrapsOverABlankLine() {
    String text = "Shares fell. (Reporting by Lena Fosse, editing by Carl Morrow;\n\nwriting by Ben Achter)";
    assertEquals(List.of("Lena Fosse", "Ben Achter"), credits.authors(text));
    assertEquals(1, credits.find(text).size());
  }

  @Test
  void aCreditLineAtALineStartOrAfterADashCounts() {
    assertEquals(List.of("Mira Holt"), credits.authors("Prices rose.\nReporting by Mira Holt; Editing by Ed Payne\nMore text."));
    assertEquals(List.of("Jo Quill"), credits.authors("Prices rose. -- Additional reporting by Jo Quill"));
    assertEquals(List.of("Jo Quill", "Al Brandt"), credits.authors("(Reporting by Jo Quill in Salem, Oregon, and Al Brandt)"));
  }

  @Test
  void desksTeamsAndAddressesAreNoAuthors() {
    assertEquals(List.of(), credits.authors("Markets closed. (Compiling by Harbour City Commodity Desk)"));
    assertEquals(List.of("Ana Ruiz"), credits.authors("Markets closed. (Reporting by Ana Ruiz; ana.ruiz@example.com)"));
  }

  @Test
  void byInRunningTextIsNewsNotACredit() {
    assertTrue(credits.find("He was shown in a video by rebel leader Karim Dost on Monday.").isEmpty());
    assertTrue(credits.find("Sales figures compiled by Autotrack Corp. show a fall. Research by two economists agrees.")
        .isEmpty());
    assertTrue(credits.find("The report, written by analysts Kay Lund and Tim Orr, was published.").isEmpty());
  }
}
