package nl.inbeeld.school;

/** The holiday region of a school: the national school holidays differ per region. */
public enum Vakantieregio { NOORD, MIDDEN, ZUID }
