package io.pulsecheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes the second start-up baseline of bench/startup.sh: a Quarkus application with exactly the Quarkus extensions
 * pulsecheck's pom declares (read from it, so the two cannot drift apart), one Panache entity, one Flyway migration
 * and one JWT-protected endpoint that reads the database. What pulsecheck needs beyond this is its own start-up cost.
 * <p>
 * Usage: {@code SameExtensionsApp <pulsecheck-pom.xml> <output-directory>}; the output directory gets a Maven project
 * (without a wrapper) whose endpoint is {@code GET /notes/count} for the role {@code hr-admin}.
 */
public final class SameExtensionsApp {

    private SameExtensionsApp() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SameExtensionsApp <pulsecheck-pom.xml> <output-directory>");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** The Quarkus extensions a pom puts on the production class path (not test-scoped, not optional). */
    public static List<String> quarkusExtensions(Path pom) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Element project = document.getDocumentElement();
        List<String> extensions = new ArrayList<>();
        for (Element dependencies : children(project, "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                if ("io.quarkus".equals(text(dependency, "groupId")) && text(dependency, "scope") == null
                        && !"true".equals(text(dependency, "optional"))) {
                    extensions.add(text(dependency, "artifactId"));
                }
            }
        }
        return extensions;
    }

    /** The platform version pulsecheck builds with. */
    public static String platformVersion(Path pom) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        for (Element properties : children(document.getDocumentElement(), "properties")) {
            String version = text(properties, "quarkus.platform.version");
            if (version != null) {
                return version;
            }
        }
        throw new IllegalStateException("no quarkus.platform.version in " + pom);
    }

    public static void write(Path pom, Path out) throws Exception {
        StringBuilder dependencies = new StringBuilder();
        for (String extension : quarkusExtensions(pom)) {
            dependencies.append("""
                            <dependency>
                                <groupId>io.quarkus</groupId>
                                <artifactId>%s</artifactId>
                            </dependency>
                    """.formatted(extension));
        }
        String version = platformVersion(pom);
        write(out.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                    <modelVersion>4.0.0</modelVersion>
                    <groupId>bench</groupId>
                    <artifactId>same-extensions</artifactId>
                    <version>1.0.0</version>
                    <properties>
                        <maven.compiler.release>17</maven.compiler.release>
                        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    </properties>
                    <dependencyManagement>
                        <dependencies>
                            <dependency>
                                <groupId>io.quarkus.platform</groupId>
                                <artifactId>quarkus-bom</artifactId>
                                <version>%1$s</version>
                                <type>pom</type>
                                <scope>import</scope>
                            </dependency>
                        </dependencies>
                    </dependencyManagement>
                    <dependencies>
                %2$s    </dependencies>
                    <build>
                        <plugins>
                            <plugin>
                                <groupId>io.quarkus.platform</groupId>
                                <artifactId>quarkus-maven-plugin</artifactId>
                                <version>%1$s</version>
                                <extensions>true</extensions>
                                <executions>
                                    <execution>
                                        <goals>
                                            <goal>build</goal>
                                        </goals>
                                    </execution>
                                </executions>
                            </plugin>
                            <plugin>
                                <artifactId>maven-compiler-plugin</artifactId>
                                <version>3.14.1</version>
                            </plugin>
                        </plugins>
                    </build>
                </project>
                """.formatted(version, dependencies));
        write(out.resolve("src/main/java/bench/Note.java"), """
                package bench;

                import io.quarkus.hibernate.orm.panache.PanacheEntity;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Table;

                @Entity
                @Table(name = "bench_note")
                public class Note extends PanacheEntity {
                    public String text;
                }
                """);
        write(out.resolve("src/main/java/bench/NotesResource.java"), """
                package bench;

                import jakarta.annotation.security.RolesAllowed;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.Produces;
                import jakarta.ws.rs.core.MediaType;

                @Path("/notes")
                public class NotesResource {

                    public record Count(long notes) {
                    }

                    @GET
                    @Path("/count")
                    @RolesAllowed("hr-admin")
                    @Produces(MediaType.APPLICATION_JSON)
                    public Count count() {
                        return new Count(Note.count());
                    }
                }
                """);
        write(out.resolve("src/main/resources/db/migration/V1__note.sql"), """
                create sequence bench_note_seq increment by 50;
                create table bench_note (id bigint primary key, text text);
                """);
        write(out.resolve("src/main/resources/application.properties"), """
                quarkus.http.host=127.0.0.1
                quarkus.datasource.db-kind=postgresql
                quarkus.devservices.enabled=false
                quarkus.flyway.migrate-at-start=true
                # pulsecheck ships OIDC (HR web sign-in) switched off until configured; so does its baseline.
                quarkus.oidc.tenant-enabled=false
                quarkus.oidc.application-type=web-app
                """);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
