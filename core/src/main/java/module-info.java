/**
 * Concordat core: the immutable partnership domain, its calendar and codec, rulebooks, the
 * evaluation engine, report builders, the {@code Concordat} facade and the embedded default
 * backends. Only API packages are exported; {@code org.concordat.internal..} is not.
 */
module org.concordat {
    requires transitive org.concordat.spi;
    requires static org.immutables.value;
    requires static transitive org.jspecify;
    // Immutables' generated code refers to javax.annotation.processing.Generated.
    requires static java.compiler;
    // StAX, for the Common Transfer File reader (org.concordat.ctf).
    requires java.xml;
    requires de.siegmar.fastcsv;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    // The YAML parser is extended to read YAML 1.2 core scalars and refuse aliases (org.concordat.io).
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports org.concordat;
    exports org.concordat.agreement;
    exports org.concordat.calendar;
    exports org.concordat.ctf;
    exports org.concordat.evaluation;
    exports org.concordat.evaluation.disclosure;
    exports org.concordat.evaluation.effects;
    exports org.concordat.evaluation.pupils;
    exports org.concordat.event;
    exports org.concordat.gias;
    exports org.concordat.io;
    exports org.concordat.money;
    exports org.concordat.monitoring;
    exports org.concordat.partnership;
    exports org.concordat.plan;
    exports org.concordat.report;
    exports org.concordat.rules;
    exports org.concordat.school;

    // Adopters contribute named rulebooks (org.concordat.rules.Rulebooks#named).
    uses org.concordat.rules.RulebookProvider;

    // Jackson reads and writes the Immutables-generated values reflectively (org.concordat.io).
    opens org.concordat.io to
            com.fasterxml.jackson.databind;
    opens org.concordat.agreement to
            com.fasterxml.jackson.databind;
    opens org.concordat.partnership to
            com.fasterxml.jackson.databind;
    opens org.concordat.plan to
            com.fasterxml.jackson.databind;
    opens org.concordat.school to
            com.fasterxml.jackson.databind;

    uses org.concordat.spi.RecordStoreProvider;
    uses org.concordat.spi.NotifierProvider;
    uses org.concordat.spi.ReportRendererProvider;

    // The embedded defaults; their packages stay unexported, ServiceLoader reaches them anyway.
    provides org.concordat.spi.RecordStoreProvider with
            org.concordat.internal.store.FileRecordStoreProvider,
            org.concordat.internal.store.MemoryRecordStoreProvider;
    provides org.concordat.spi.NotifierProvider with
            org.concordat.internal.notify.LogNotifierProvider;
    provides org.concordat.spi.ReportRendererProvider with
            org.concordat.internal.render.MarkdownRendererProvider,
            org.concordat.internal.render.HtmlRendererProvider,
            org.concordat.internal.render.CsvRendererProvider,
            org.concordat.internal.render.JsonRendererProvider;
}
