/**
 * <b>Leerplicht</b>: who is <em>leerplichtig</em>, <em>kwalificatieplichtig</em>, in the RMC population or
 * none of these on a <em>peildatum</em> (rules.md §1, uitwisselformaat v1 §3).
 *
 * <p>Pure rules: no Spring, no other {@code nl.inbeeld} package, no clock. Start with
 * {@link nl.inbeeld.leerplicht.Leerplicht#tijdlijn}; it returns a {@link nl.inbeeld.leerplicht.Leerplichttijdlijn}
 * whose {@code op(peildatum)} is a handful of comparisons. The under-6 relief of art. 11a is
 * {@link nl.inbeeld.leerplicht.Onder6Vrijstelling}.
 */
package nl.inbeeld.leerplicht;
