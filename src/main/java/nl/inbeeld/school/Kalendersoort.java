package nl.inbeeld.school;

/** What a calendar row makes of its days: a holiday period or a single free day. Neither has lessons. */
public enum Kalendersoort { VAKANTIE, VRIJE_DAG }
