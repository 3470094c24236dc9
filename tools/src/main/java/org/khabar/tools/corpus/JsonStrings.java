package org.khabar.tools.corpus;

/**
 * Reads one top-level string field from a flat JSON object on one line, without a JSON library
 * (models may not depend on one). Stateless and thread-safe.
 */
public final class JsonStrings {

  private JsonStrings() {}

  /**
   * The decoded value of {@code "name": "..."} in {@code json}, or null if absent or not a string.
   *
   * @param json one flat JSON object
   * @param name a field name
   * @return the field's string value, or null
   */
  public static String field(String json, String name) {
    String key = "\"" + name + "\"";
    int from = 0;
    while (true) {
      int k = json.indexOf(key, from);
      if (k < 0) {
        return null;
      }
      int i = k + key.length();
      while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
        i++;
      }
      if (i < json.length() && json.charAt(i) == ':') {
        i++;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
          i++;
        }
        if (i < json.length() && json.charAt(i) == '"') {
          return decode(json, i + 1);
        }
        return null;
      }
      from = k + 1; // the key text occurred inside a value; look further
    }
  }

  private static String decode(String json, int start) {
    StringBuilder sb = new StringBuilder();
    int i = start;
    while (i < json.length()) {
      char c = json.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\' || i >= json.length()) {
        sb.append(c);
        continue;
      }
      char e = json.charAt(i++);
      switch (e) {
        case 'n':
          sb.append('\n');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'u':
          if (i + 4 <= json.length()) {
            try {
              sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
            } catch (NumberFormatException ex) {
              sb.append('\uFFFD');
            }
            i += 4;
          }
          break;
        default:
          sb.append(e); // \" \\ \/
      }
    }
    return sb.toString();
  }
}
