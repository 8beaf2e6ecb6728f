package nl.inbeeld.aanwezigheid.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an uploaded zip, checked while it is unpacked (a zip bomb is refused before much is written to disk).
 *
 * @param maxUitgepakt  at most this many bytes unpacked, all entries together ({@code inbeeld.upload.max-uitgepakt})
 * @param maxVerhouding at most this many unpacked bytes per byte of the zip read so far, checked once more than
 *                      {@link Zipuitpakker#VERHOUDING_VANAF} bytes are unpacked ({@code inbeeld.upload.max-verhouding});
 *                      CSV exports pack about 5 to 20 times, zip bombs a thousand times and more
 */
@ConfigurationProperties("inbeeld.upload")
record Uploadgrenzen(@DefaultValue("512MB") DataSize maxUitgepakt, @DefaultValue("100") int maxVerhouding) {}
