package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build does to the templates beyond copying them. */
class TemplateAssemblyTest {

    @TempDir
    Path repository;

    private JsonNode assemble(String template, boolean requireArtifacts) throws Exception {
        Path templates = Files.createDirectories(repository.resolve(TemplateAssembly.SOURCE_DIRECTORY));
        Files.writeString(templates.resolve("test.yaml"), template);
        return new TemplateAssembly(repository, repository.resolve("out"), requireArtifacts).assemble("test.yaml");
    }

    @Test
    void renamingAResourceFollowsEveryReferenceToIt() {
        ObjectNode template = (ObjectNode) YamlDocuments.parse("""
                Resources:
                  Old: {Type: A}
                  ByRef: {Type: B, Properties: {Target: {Ref: Old}}}
                  ByGetAtt: {Type: B, Properties: {Target: {"Fn::GetAtt": [Old, Arn]}}}
                  BySub: {Type: B, DependsOn: [Old], Properties: {Target: {"Fn::Sub": "x-${Old}-${Old.Arn}-${Older}"}}}
                Outputs:
                  Out: {Value: {Ref: Old}}
                """);
        TemplateAssembly.rename(template, "Old", "New");
        assertThat(Templates.names(template.path("Resources"))).containsExactly("New", "ByRef", "ByGetAtt", "BySub");
        assertThat(template.findValuesAsText("Ref")).containsOnly("New");
        assertThat(template.findValue("Fn::GetAtt").path(0).asText()).isEqualTo("New");
        assertThat(template.findValue("Fn::Sub").asText()).isEqualTo("x-${New}-${New.Arn}-${Older}");
        assertThat(template.findValue("DependsOn").path(0).asText()).isEqualTo("New");
    }

    @Test
    void aDirectiveFillsANestedPropertyBesideTheOnesTheTemplateSets() throws Exception {
        Files.writeString(repository.resolve("filter.json"), "{\"eventName\": [\"INSERT\"]}");
        JsonNode template = assemble("""
                Resources:
                  Pipe:
                    Type: "AWS::Pipes::Pipe"
                    Metadata: {Assembly: {"SourceParameters.FilterCriteria.Filters.0.Pattern": {Text: filter.json}}}
                    Properties: {SourceParameters: {DynamoDBStreamParameters: {BatchSize: 1}}}
                """, false);
        assertThat(template.path("Resources").path("Pipe").path("Properties")).isEqualTo(YamlDocuments.parse("""
                SourceParameters:
                  DynamoDBStreamParameters: {BatchSize: 1}
                  FilterCriteria: {Filters: [{Pattern: '{"eventName": ["INSERT"]}'}]}
                """));
    }

    @Test
    void deploymentIsNamedAfterItsSpecSoADifferentSpecIsANewDeployment() throws Exception {
        String template = """
                Resources:
                  Api: {Type: "AWS::ApiGateway::RestApi", Properties: {Body: {openapi: "3.0.3", info: {title: %s}}}}
                  Deployment: {Type: "AWS::ApiGateway::Deployment", Properties: {RestApiId: {Ref: Api}}}
                  Stage: {Type: "AWS::ApiGateway::Stage", Properties: {DeploymentId: {Ref: Deployment}}}
                """;
        JsonNode first = assemble(template.formatted("one"), false);
        JsonNode second = assemble(template.formatted("two"), false);
        String firstDeployment = first.path("Resources").path("Stage").path("Properties").path("DeploymentId").path("Ref").asText();
        String secondDeployment = second.path("Resources").path("Stage").path("Properties").path("DeploymentId").path("Ref").asText();
        assertThat(firstDeployment).startsWith("Deployment").isNotEqualTo(secondDeployment);
        assertThat(first.path("Resources").has(firstDeployment)).isTrue();
    }

    @Test
    void aChangedFunctionSettingReplacesItsVersion() throws Exception {
        String template = """
                Resources:
                  Fn: {Type: "AWS::Lambda::Function", Properties: {MemorySize: %d, Code: code.jar}}
                  Version: {Type: "AWS::Lambda::Version", Properties: {FunctionName: {Ref: Fn}, Description: tasks}}
                """;
        String first = assemble(template.formatted(1024), false).path("Resources").path("Version").path("Properties").path("Description").asText();
        String second = assemble(template.formatted(2048), false).path("Resources").path("Version").path("Properties").path("Description").asText();
        assertThat(first).startsWith("tasks; config ").isNotEqualTo(second);
    }

    @Test
    void versionCarriesTheHashOfItsFunctionsArtifact() throws Exception {
        byte[] artifact = "not really a jar".getBytes();
        Files.createDirectories(repository.resolve("out/artifacts"));
        Files.write(repository.resolve("out/artifacts/fn.jar"), artifact);
        JsonNode template = assemble("""
                Resources:
                  Fn: {Type: "AWS::Lambda::Function", Properties: {Code: artifacts/fn.jar}}
                  Version: {Type: "AWS::Lambda::Version", Properties: {FunctionName: {Ref: Fn}}}
                """, true);
        assertThat(template.path("Resources").path("Version").path("Properties").path("CodeSha256").asText())
                .isEqualTo(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(artifact)));
    }

    @Test
    void aMissingArtifactFailsTheBuildOfWhatDeploys() {
        assertThatThrownBy(() -> assemble("""
                Resources:
                  Fn: {Type: "AWS::Lambda::Function", Properties: {Code: artifacts/fn.jar}}
                  Version: {Type: "AWS::Lambda::Version", Properties: {FunctionName: {Ref: Fn}}}
                """, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("artifacts/fn.jar");
    }

    @Test
    void directivesFillPropertiesFromTheirFiles() throws Exception {
        Files.writeString(repository.resolve("body.json"), "{\"region\": \"${AWS::Region}\"}");
        Files.writeString(repository.resolve("query.txt"), "fields @message");
        JsonNode template = assemble("""
                Resources:
                  Dashboard:
                    Type: "AWS::CloudWatch::Dashboard"
                    Metadata: {Assembly: {DashboardBody: {SubstitutedText: body.json}}}
                  Query:
                    Type: "AWS::Logs::QueryDefinition"
                    Metadata: {Assembly: {QueryString: {Text: query.txt}}}
                """, false);
        assertThat(template.path("Resources").path("Dashboard").path("Properties").path("DashboardBody").path("Fn::Sub").asText())
                .isEqualTo("{\"region\": \"${AWS::Region}\"}");
        assertThat(template.path("Resources").path("Query").path("Properties").path("QueryString").asText())
                .isEqualTo("fields @message");
    }

    @Test
    void aDirectiveNamingAMissingFileIsRefused() {
        assertThatThrownBy(() -> assemble("""
                Resources:
                  Query:
                    Type: "AWS::Logs::QueryDefinition"
                    Metadata: {Assembly: {QueryString: {Text: nowhere.txt}}}
                """, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere.txt");
    }

    @Test
    void yamlIsReadWithTheCoreSchemaSoCountriesAndDatesStayStrings() {
        JsonNode document = YamlDocuments.parse("country: NO\nat: 2026-11-24T10:15:30Z\nyes: on\ncount: 3\n");
        assertThat(document.path("country").isTextual()).isTrue();
        assertThat(document.path("at").asText()).isEqualTo("2026-11-24T10:15:30Z");
        assertThat(document.path("yes").asText()).isEqualTo("on");
        assertThat(document.path("count").isInt()).isTrue();
    }
}
