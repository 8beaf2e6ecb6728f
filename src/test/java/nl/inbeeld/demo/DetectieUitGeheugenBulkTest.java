package nl.inbeeld.demo;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link DetectieUitGeheugenTest} on the bulk path of detection (every signal of the pupils replaced, drafts in large
 * batches), which an import takes from {@code inbeeld.verzuim.bulk-vanaf} pupils on: here from 50, so the 400
 * generated pupils take it.
 */
@TestPropertySource(properties = "inbeeld.verzuim.bulk-vanaf=50")
class DetectieUitGeheugenBulkTest extends DetectieUitGeheugenTest {}
