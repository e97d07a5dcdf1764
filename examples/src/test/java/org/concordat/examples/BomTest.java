package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bom an adopter imports manages Concordat's own artifacts and nothing else, so importing it
 * never overrides the host application's versions of Jackson, Guava, JUnit or SLF4J.
 */
class BomTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void the_bom_has_no_parent_and_manages_only_concordat_artifacts() throws Exception {
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        assertThat(children(bom.getDocumentElement(), "parent"))
                .as("a parent would publish its dependencyManagement through the bom")
                .isEmpty();
        List<String> managed = managed(bom);
        assertThat(managed).isNotEmpty().allSatisfy(ga -> assertThat(ga).startsWith("org.concordat:"));
        assertThat(children(bom.getDocumentElement(), "build")).isEmpty();
    }

    @Test
    void the_bom_manages_every_concordat_artifact_the_parent_does_at_the_same_version() throws Exception {
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        Document parent = read(ROOT.resolve("pom.xml"));
        List<String> own = managed(parent).stream()
                .filter(ga -> ga.startsWith("org.concordat:"))
                .toList();
        assertThat(managed(bom)).containsExactlyInAnyOrderElementsOf(own);
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static List<String> managed(Document pom) {
        List<String> out = new ArrayList<>();
        for (Element dm : children(pom.getDocumentElement(), "dependencyManagement")) {
            for (Element deps : children(dm, "dependencies")) {
                for (Element d : children(deps, "dependency")) {
                    out.add(text(d, "groupId") + ":" + text(d, "artifactId"));
                }
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent().strip();
    }
}
