package nl.inbeeld.aanwezigheid.inlezen;

/** A parsed row of a file with the line its CSV record starts on. */
record Rij<T>(long regel, T waarde) {}
