/**
 * <b>Melding</b>: verzuimmeldingen to the municipality where the pupil lives (rules.md §2.3), their deadline,
 * status and the terugkoppeling of leerplicht to the school.
 *
 * <p>Every mandatory signal of {@code verzuim} becomes a {@link nl.inbeeld.melding.Meldingstatus#CONCEPT CONCEPT}
 * melding ({@code Conceptvorming}, listening to {@link nl.inbeeld.verzuim.SignalenBijgewerkt}); the school sends
 * it, leerplicht of the woongemeente takes it in behandeling and closes it with an {@link nl.inbeeld.melding.Uitkomst}.
 * The API is the {@link nl.inbeeld.melding.Meldingen} service; every action returns a
 * {@link nl.inbeeld.melding.Meldingbesluit}, never an exception.
 */
package nl.inbeeld.melding;
