package nl.inbeeld.school;

/** The education sector of a school (uitwisselformaat v1, scholen.csv). */
public enum Sector {
    PO, SBO, SO, VSO, VO, PRO, MBO, VAVO;

    /** Default lesson minutes per day: 300 for primary and special primary, 360 otherwise (spec §1). */
    public int standaardLesminutenPerDag() {
        return switch (this) {
            case PO, SBO, SO -> 300;
            default -> 360;
        };
    }
}
