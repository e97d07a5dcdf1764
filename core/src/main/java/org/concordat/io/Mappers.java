package org.concordat.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concordat.plan.MeasureValues;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The two mappers, configured alike: strict on read (unknown fields, nulls for numbers, floats
 * for whole numbers, strings for numbers, duplicate keys and trailing content are refused) and
 * deterministic on write (declared field order, then alphabetical; absent optionals and empty
 * lists left out). Both read at most {@link #MAX_DOCUMENT_LENGTH} characters; YAML is read by
 * the YAML 1.2 core schema without anchors or aliases ({@link Yaml12Parser}); every decimal is a
 * measure value checked against {@link MeasureValues}' bound before it is used.
 */
final class Mappers {
    private Mappers() {}

    /**
     * The longest document either codec reads, in characters: SnakeYAML's own default limit,
     * applied to JSON too, so that the same plan is refused or read whichever the format.
     */
    static final int MAX_DOCUMENT_LENGTH = 3 * 1024 * 1024;

    // Numbers longer than this are refused while tokenizing; measure values are far shorter
    // (MeasureValues.MAX_TEXT_LENGTH), whole numbers shorter still.
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNumberLength(MeasureValues.MAX_TEXT_LENGTH)
            .build();

    static ObjectMapper json() {
        JsonFactory factory =
                JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
        return configure(JsonMapper.builder(factory))
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    static ObjectMapper yaml() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_DOCUMENT_LENGTH);
        YAMLFactoryBuilder builder = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(CONSTRAINTS)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new YamlQuoting());
        return configure(YAMLMapper.builder(new Yaml12Factory(builder))).build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B b) {
        b.addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(TextForms.module())
                .addModule(PlanDates.module())
                .addModule(new SimpleModule("concordat-measure-values")
                        .addDeserializer(BigDecimal.class, new MeasureValueReader()))
                // A set keeps the order it was written in, so writing what was read gives the same text.
                .addModule(new SimpleModule("concordat-ordered-sets")
                        .addAbstractTypeMapping(Set.class, LinkedHashSet.class))
                .addHandler(new SchemaVersion())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // Only what Immutables marks with @JsonProperty is data; helpers like isSchoolInEngland() are not.
                .disable(
                        MapperFeature.AUTO_DETECT_GETTERS,
                        MapperFeature.AUTO_DETECT_IS_GETTERS,
                        MapperFeature.AUTO_DETECT_FIELDS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null));
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
        b.withConfigOverride(List.class, o -> o.setInclude(nonEmpty));
        b.withConfigOverride(Set.class, o -> o.setInclude(nonEmpty));
        return b;
    }
}
