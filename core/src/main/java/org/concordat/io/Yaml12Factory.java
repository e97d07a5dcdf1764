package org.concordat.io;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A YAML factory whose parsers are {@link Yaml12Parser}s: YAML 1.2 core scalars, no anchors,
 * aliases or tags. Writing is Jackson's own.
 */
final class Yaml12Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Yaml12Factory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    private Yaml12Factory(Yaml12Factory source) {
        super(source, null);
    }

    @Override
    public YAMLFactory copy() {
        return new Yaml12Factory(this);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return parser(ctxt, _createReader(in, null, ctxt));
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return parser(ctxt, r);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
            throws IOException {
        return parser(ctxt, new CharArrayReader(data, offset, len));
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return parser(ctxt, _createReader(data, offset, len, null, ctxt));
    }

    private YAMLParser parser(IOContext ctxt, Reader reader) {
        return new Yaml12Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
}
