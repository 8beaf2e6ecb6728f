package nl.inbeeld.toegang;

/** What became of an audited request: carried out, or refused (no rights, outside the Bereik, a rule said no). */
public enum Audituitkomst {
    GEDAAN,
    GEWEIGERD
}
