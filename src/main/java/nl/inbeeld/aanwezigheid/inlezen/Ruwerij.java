package nl.inbeeld.aanwezigheid.inlezen;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

/**
 * The fields of the CSV record FastCSV just parsed, as characters in one reused buffer instead of a String per
 * field: a file of millions of rows then costs no allocation per field, and a value becomes a String only when a
 * row needs one ({@link #tekst}). One object serves every record of a file, so a record is read before the next
 * one is fetched.
 */
final class Ruwerij extends AbstractBaseCsvCallbackHandler<Ruwerij> {

    private char[] tekens = new char[256];
    private int[] begin = new int[16];
    private int[] lengte = new int[16];
    private int gevuld;

    @Override
    protected void handleBegin(long startingLineNumber) {
        gevuld = 0;
    }

    @Override
    protected void handleField(int veld, char[] buf, int offset, int len, boolean quoted) {
        if (veld >= begin.length) {
            begin = Arrays.copyOf(begin, veld * 2);
            lengte = Arrays.copyOf(lengte, veld * 2);
        }
        if (gevuld + len > tekens.length) tekens = Arrays.copyOf(tekens, Math.max(tekens.length * 2, gevuld + len));
        System.arraycopy(buf, offset, tekens, gevuld, len);
        begin[veld] = gevuld;
        lengte[veld] = len;
        gevuld += len;
    }

    @Override
    protected Ruwerij buildRecord() {
        return this;
    }

    /** The line on which the record starts. */
    long regel() {
        return getStartingLineNumber();
    }

    int aantalVelden() {
        return getFieldCount();
    }

    String tekst(int veld) {
        return new String(tekens, begin[veld], lengte[veld]);
    }

    int lengte(int veld) {
        return lengte[veld];
    }

    char teken(int veld, int i) {
        return tekens[begin[veld] + i];
    }

    /** Whether field {@code veld} holds exactly {@code s}. */
    boolean is(int veld, String s) {
        if (s == null || s.length() != lengte[veld]) return false;
        int b = begin[veld];
        for (int i = 0; i < s.length(); i++) {
            if (tekens[b + i] != s.charAt(i)) return false;
        }
        return true;
    }
}
