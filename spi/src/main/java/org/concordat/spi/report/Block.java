package org.concordat.spi.report;

/**
 * One part of a report's body. A renderer handles each kind; a new kind will only be added in a
 * new major {@link org.concordat.spi.SpiVersion}.
 */
public sealed interface Block permits Section, Paragraph, BulletList, Table, KeyFigure, Chart {}
