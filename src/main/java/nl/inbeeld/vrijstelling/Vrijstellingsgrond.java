package nl.inbeeld.vrijstelling;

import java.util.Optional;

/** The legal ground of an exemption (uitwisselformaat v1, vrijstellingen.csv column {@code grond}). */
public enum Vrijstellingsgrond {
    /** Art. 5 onder a Leerplichtwet: not fit for school on physical or psychological grounds. */
    ART_5A("5A"),
    /** Art. 5 onder b: conscientious objection to the direction of every school within reach. */
    ART_5B("5B"),
    /** Art. 5 onder c: enrolled at a school outside the Netherlands. */
    ART_5C("5C"),
    /** Art. 15: a pupil of 14 or older for whom another form of education or vorming is more suitable. */
    ART_15("15"),
    /** Art. 3a: vrijstelling for a pupil who goes to school at least partly (educational programme). */
    ART_3A("3A"),
    /** Art. 3b: vrijstelling for a pupil in a programme combining school and work or care. */
    ART_3B("3B");

    private final String code;

    Vrijstellingsgrond(String code) {
        this.code = code;
    }

    /** The code as the uitwisselformaat and the database write it, e.g. {@code 5A}. */
    public String code() {
        return code;
    }

    public static Optional<Vrijstellingsgrond> vanCode(String code) {
        for (Vrijstellingsgrond g : values()) {
            if (g.code.equals(code)) return Optional.of(g);
        }
        return Optional.empty();
    }
}
