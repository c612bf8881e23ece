package jp.enishi.project;

import tools.jackson.databind.json.JsonMapper;

/** A sheet as the JSON a revision keeps. Records and java.time serialize as they are in Jackson 3. */
final class SheetJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SheetJson() {
    }

    static String write(SpecSheet sheet) {
        return JSON.writeValueAsString(sheet);
    }

    static SpecSheet read(String json) {
        return JSON.readValue(json, SpecSheet.class);
    }
}
