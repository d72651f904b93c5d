package dk.samtalebordet.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.TestServers;
import dk.samtalebordet.organisation.PersonAdministration;
import dk.samtalebordet.organisation.PersonCorrection;
import dk.samtalebordet.people.OrgUnitSummary;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCIM 2.0 over real HTTP against the running application, with the requests Entra ID sends: the lookup by
 * {@code userName eq}, create, PATCH with Entra's spelling (capitalised ops, "False", the manager as an id),
 * deactivation with {@code active=false}, and groups whose members get the mapped roles.
 */
@IntegrationTest
class ScimProvisioningTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    PersonAdministration administration;

    private String suffix;

    @BeforeEach
    void newNames() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void withoutTheTokenNothingIsServed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/scim/v2/Users")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("schemas").get(0).asText())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");

        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri("/scim/v2/Users"))
                .header("Authorization", "Bearer forkert").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void entraLooksUpCreatesPatchesAndDeactivatesAUser() throws Exception {
        String userName = "anna.berg." + suffix + "@kommune.dk";
        JsonNode none = get("/scim/v2/Users?filter=" + encode("userName eq \"" + userName + "\""));
        assertThat(none.get("totalResults").asInt()).isZero();

        String leader = create(user("leif.leder." + suffix + "@kommune.dk", "Leif Leder", "Borgerservice"));
        String anna = create(user(userName, "Anna Berg", "Borgerservice"));

        JsonNode found = get("/scim/v2/Users?filter=" + encode("userName eq \"" + userName + "\""));
        assertThat(found.get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.get("Resources").get(0).get("id").asText()).isEqualTo(anna);
        PersonSummary stored = person(userName);
        assertThat(stored.fullName()).isEqualTo("Anna Berg");
        assertThat(stored.orgUnitName()).isEqualTo("Borgerservice");
        assertThat(stored.email()).isEqualTo(userName);
        assertThat(stored.source()).isEqualTo(Source.SCIM);

        JsonNode patched = patch("/scim/v2/Users/" + anna, """
                {"schemas":["%s"],"Operations":[
                  {"op":"Add","path":"%s:manager","value":"%s"},
                  {"op":"Replace","path":"title","value":"Specialist"}]}""".formatted(PATCH_OP, ENTERPRISE, leader));
        assertThat(patched.get(ENTERPRISE).get("manager").get("value").asText()).isEqualTo(leader);
        assertThat(person(userName).managerName()).isEqualTo("Leif Leder");
        assertThat(person(userName).jobTitle()).isEqualTo("Specialist");
        assertThat(person("leif.leder." + suffix + "@kommune.dk").roles()).contains(Role.LEDER);

        patch("/scim/v2/Users/" + anna, """
                {"schemas":["%s"],"Operations":[{"op":"Remove","path":"%s:manager"}]}"""
                .formatted(PATCH_OP, ENTERPRISE));
        assertThat(person(userName).managerId()).isNull();

        JsonNode deactivated = patch("/scim/v2/Users/" + anna, """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}"""
                .formatted(PATCH_OP));
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        assertThat(person(userName).active()).as("deactivated and kept").isFalse();
    }

    @Test
    void aChangeOfSomethingElseDoesNotSendTheAdministratorsCorrectionBackAsTheSourcesValue() throws Exception {
        String userName = "rasmus.ret." + suffix + "@kommune.dk";
        String rasmus = create(user(userName, "Rasmus Ret", "Borgerservice"));
        create(user("kirsten.kultur." + suffix + "@kommune.dk", "Kirsten Kultur", "Kultur og Fritid"));
        long id = person(userName).id();
        long culture = people.activeUnits().stream().filter(u -> u.name().equals("Kultur og Fritid")).findFirst()
                .map(OrgUnitSummary::id).orElseThrow();
        administration.correct(people.findAccount("admin").orElseThrow().personId(), id,
                new PersonCorrection(culture, null, Set.of(), true));

        patch("/scim/v2/Users/" + rasmus, """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"title","value":"Teamleder"}]}"""
                .formatted(PATCH_OP));
        assertThat(person(userName).jobTitle()).isEqualTo("Teamleder");
        assertThat(person(userName).orgUnitName()).as("the correction is kept").isEqualTo("Kultur og Fritid");
        assertThat(administration.held(id)).filteredOn(h -> h.field() == PersonField.ORG_UNIT).singleElement()
                .satisfies(h -> {
                    assertThat(h.sourceValue()).as("what Entra sent, not the correction").isEqualTo("Borgerservice");
                    assertThat(h.conflict()).isTrue();
                });
        assertThat(get("/scim/v2/Users/" + rasmus).get(ENTERPRISE).get("department").asText())
                .as("Entra reads back what it sent").isEqualTo("Borgerservice");

        patch("/scim/v2/Users/" + rasmus, """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"%s:department","value":"Kultur og Fritid"}]}"""
                .formatted(PATCH_OP, ENTERPRISE));
        assertThat(administration.held(id)).filteredOn(h -> h.field() == PersonField.ORG_UNIT).singleElement()
                .satisfies(h -> assertThat(h.conflict()).as("the source agrees now").isFalse());
    }

    @Test
    void badDataIsRefusedWithADanishReasonAndChangesNothing() throws Exception {
        HttpResponse<String> noUnit = send("POST", "/scim/v2/Users", user("uden.enhed." + suffix + "@kommune.dk",
                "Uden Enhed", null));
        assertThat(noUnit.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noUnit.body()).get("detail").asText()).isEqualTo("Mangler afdeling/enhed.");
        assertThat(people.findAccount("uden.enhed." + suffix + "@kommune.dk")).isEmpty();

        String userName = "dobbelt." + suffix + "@kommune.dk";
        create(user(userName, "Dobbelt Dorte", "Borgerservice"));
        HttpResponse<String> twice = send("POST", "/scim/v2/Users", user(userName, "Dobbelt Dorte", "Borgerservice"));
        assertThat(twice.statusCode()).isEqualTo(409);

        HttpResponse<String> unknown = send("PATCH", "/scim/v2/Users/" + UUID.randomUUID(), "{}");
        assertThat(unknown.statusCode()).as("an unknown id").isEqualTo(404);
    }

    @Test
    void groupMembersGetTheRoleTheGroupIsMappedTo() throws Exception {
        String userName = "hanne.hr." + suffix + "@kommune.dk";
        String hanne = create(user(userName, "Hanne HR", "HR og Løn"));
        String group = create("/scim/v2/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"SG-Samtalebordet-HR",
                 "externalId":"%s","members":[{"value":"%s"}]}""".formatted(suffix, hanne));
        assertThat(person(userName).roles()).contains(Role.HR);

        patch("/scim/v2/Groups/" + group, """
                {"schemas":["%s"],"Operations":[{"op":"Remove","path":"members[value eq \\"%s\\"]"}]}"""
                .formatted(PATCH_OP, hanne));
        assertThat(person(userName).roles()).doesNotContain(Role.HR);

        patch("/scim/v2/Groups/" + group, """
                {"schemas":["%s"],"Operations":[{"op":"Add","path":"members","value":[{"value":"%s"}]}]}"""
                .formatted(PATCH_OP, hanne));
        assertThat(person(userName).roles()).contains(Role.HR);
        JsonNode byName = get("/scim/v2/Groups?filter=" + encode("displayName eq \"SG-Samtalebordet-HR\"")
                + "&excludedAttributes=members");
        assertThat(byName.get("totalResults").asInt()).isGreaterThanOrEqualTo(1);
    }

    private String user(String userName, String name, String department) {
        String enterprise = department == null ? "{\"employeeNumber\":\"5001\"}"
                : "{\"employeeNumber\":\"5001\",\"department\":\"" + department + "\"}";
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "externalId":"%s","userName":"%s","active":true,"displayName":"%s","title":"Sagsbehandler",
                 "emails":[{"primary":true,"type":"work","value":"%s"}],"meta":{"resourceType":"User"},
                 "name":{"formatted":"%s"},"%s":%s}""".formatted(ENTERPRISE, userName.split("@")[0], userName, name,
                userName, name, ENTERPRISE, enterprise);
    }

    private String create(String body) throws Exception {
        return create("/scim/v2/Users", body);
    }

    private String create(String path, String body) throws Exception {
        HttpResponse<String> response = send("POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asText();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode patch(String path, String body) throws Exception {
        HttpResponse<String> response = send("PATCH", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + TestServers.SCIM_TOKEN)
                .header("Content-Type", "application/scim+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String filter) {
        return URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private PersonSummary person(String username) {
        return people.findById(people.findAccount(username).orElseThrow().personId()).orElseThrow();
    }
}
