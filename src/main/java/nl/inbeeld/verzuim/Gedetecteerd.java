package nl.inbeeld.verzuim;

import nl.inbeeld.school.Gemeentecode;

/** A detected signal with the pupil's municipality of residence on its einddatum (for per-gemeente reading). */
record Gedetecteerd(Signaal signaal, Gemeentecode woongemeente) {}
