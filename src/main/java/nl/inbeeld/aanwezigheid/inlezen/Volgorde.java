package nl.inbeeld.aanwezigheid.inlezen;

/** A stable sort of row numbers by a comparator over primitives, without boxing (merge sort). */
final class Volgorde {

    interface Vergelijker {
        int vergelijk(int a, int b);
    }

    private Volgorde() {}

    /** Sorts {@code rijen[van..tot)} stably; {@code hulp} must be at least as long as {@code rijen}. */
    static void sorteer(int[] rijen, int[] hulp, int van, int tot, Vergelijker v) {
        if (tot - van < 2) return;
        if (tot - van <= 16) {
            for (int i = van + 1; i < tot; i++) {
                int x = rijen[i], j = i - 1;
                while (j >= van && v.vergelijk(rijen[j], x) > 0) {
                    rijen[j + 1] = rijen[j];
                    j--;
                }
                rijen[j + 1] = x;
            }
            return;
        }
        int midden = (van + tot) >>> 1;
        sorteer(rijen, hulp, van, midden, v);
        sorteer(rijen, hulp, midden, tot, v);
        if (v.vergelijk(rijen[midden - 1], rijen[midden]) <= 0) return;
        System.arraycopy(rijen, van, hulp, van, tot - van);
        int i = van, j = midden, k = van;
        while (i < midden && j < tot) rijen[k++] = v.vergelijk(hulp[j], hulp[i]) < 0 ? hulp[j++] : hulp[i++];
        while (i < midden) rijen[k++] = hulp[i++];
        while (j < tot) rijen[k++] = hulp[j++];
    }
}
