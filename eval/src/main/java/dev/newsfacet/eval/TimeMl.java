package dev.newsfacet.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * TimeML ({@code .tml}) documents: the text of {@code <TEXT>} without tags, each {@code <TIMEX3>} in it
 * with its offsets, type and value, and the creation time from {@code <DCT>}.
 */
public final class TimeMl {
  public record Timex(int start, int end, String type, String value) {}

  public record Document(String name, String text, LocalDate created, List<Timex> timexes) {}

  private TimeMl() {}

  /** Every .tml file under the given files or directories. */
  public static List<Document> read(List<Path> paths) throws IOException {
    List<Document> out = new ArrayList<>();
    for (Path p : paths) {
      List<Path> files;
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
        }
      } else {
        files = List.of(p);
      }
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          out.add(parse(f.getFileName().toString(), in));
        }
      }
    }
    return out;
  }

  public static Document parse(String name, InputStream in) throws IOException {
    try {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader r = factory.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      List<Timex> timexes = new ArrayList<>();
      LocalDate created = null;
      boolean inText = false;
      boolean inDct = false;
      int timexStart = -1;
      String type = null;
      String value = null;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String el = r.getLocalName();
          if (el.equals("TEXT")) {
            inText = true;
          } else if (el.equals("DCT")) {
            inDct = true;
          } else if (el.equals("TIMEX3")) {
            if (inDct) {
              String v = r.getAttributeValue(null, "value");
              if (v != null && v.length() >= 10) {
                created = LocalDate.parse(v.substring(0, 10));
              }
            } else if (inText) {
              timexStart = text.length();
              type = r.getAttributeValue(null, "type");
              value = r.getAttributeValue(null, "value");
            }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String el = r.getLocalName();
          if (el.equals("TEXT")) {
            inText = false;
          } else if (el.equals("DCT")) {
            inDct = false;
          } else if (el.equals("TIMEX3") && inText && timexStart >= 0) {
            timexes.add(new Timex(timexStart, text.length(), type, value));
            timexStart = -1;
          }
        } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
            || ev == XMLStreamConstants.SPACE)) {
          text.append(r.getText());
        }
      }
      return new Document(name, text.toString(), created, List.copyOf(timexes));
    } catch (XMLStreamException e) {
      throw new IOException("malformed TimeML in " + name + ": " + e.getMessage(), e);
    }
  }
}
