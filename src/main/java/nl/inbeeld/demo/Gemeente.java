package nl.inbeeld.demo;

import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.Vakantieregio;

/** A real municipality: its CBS code, name and the holiday region its schools follow. */
record Gemeente(Gemeentecode code, String naam, Vakantieregio regio) {

    Gemeente(String code, String naam, Vakantieregio regio) {
        this(new Gemeentecode(code), naam, regio);
    }
}
