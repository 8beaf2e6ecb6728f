package nl.inbeeld.toegang;

/** The roles of InBeeld (issue 3): what a user does, and through {@link Bereik} which pupils they may see. */
public enum Rol {
    /** School staff: bound to one or more schools; sees the pupils enrolled there. */
    SCHOOL,
    /** Leerplichtambtenaar / RMC-consulent: bound to one or more gemeenten; sees their residents. */
    LEERPLICHT,
    /** Team leader leerplicht: a gemeente's team, reads everything of its residents plus caseload. */
    TEAMLEIDER,
    /** Administrator: accounts and the audit log; sees everything. */
    BEHEERDER
}
