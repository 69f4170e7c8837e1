package dev.newsfacet.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding bytes to text: strict UTF-8 first, Windows-1252 as the stated fallback. */
final class Texts {
  static final Charset FALLBACK = Charset.forName("windows-1252");

  private Texts() {}

  /** The decoded text and whether the fallback was needed. */
  record Decoded(String text, boolean fallback) {}

  static Decoded decode(byte[] bytes, int offset, int length) {
    int start = offset;
    int len = length;
    if (len >= 3 && (bytes[start] & 0xff) == 0xEF && (bytes[start + 1] & 0xff) == 0xBB && (bytes[start + 2] & 0xff) == 0xBF) {
      start += 3; // byte-order mark
      len -= 3;
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, len)).toString();
      return new Decoded(stripBom(s), false);
    } catch (CharacterCodingException e) {
      return new Decoded(stripBom(new String(bytes, start, len, FALLBACK)), true);
    }
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }
}
