package nl.inbeeld.school;

/** A school location as the uitwisselformaat describes it. */
public record School(SchoolId id, String naam, Sector sector, Gemeentecode gemeente, Vakantieregio vakantieregio,
        int lesminutenPerDag) {}
