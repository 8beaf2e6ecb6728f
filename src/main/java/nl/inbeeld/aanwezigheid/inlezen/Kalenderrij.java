package nl.inbeeld.aanwezigheid.inlezen;

import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.SchoolId;

/** A row of kalender.csv: a period without lessons of a school. */
record Kalenderrij(SchoolId school, Kalenderperiode periode) {}
