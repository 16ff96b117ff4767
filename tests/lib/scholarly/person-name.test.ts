// Creators' names in every form a consumer reads: Chinese family-first, Latin "Family, Given", organisations whole, and mixed lists.
import { describe, expect, it } from "vitest";
import { creatorOfCsl, cslPersonName, displayName, invertedName, schemaCreator, type CreatorName } from "../../../src/lib/scholarly/person-name.ts";

const chinese: CreatorName = { family: "王", given: "小明" };
const latin: CreatorName = { family: "Fairweather", given: "Grace" };
const organisation: CreatorName = { organization: "Fictional Policy Institute" };
const mononym: CreatorName = { family: "Plato" };

describe("a Chinese name", () => {
  it("reads family name first with no space, and splits into family and given for the machines", () => {
    expect(displayName(chinese)).toBe("王小明");
    expect(invertedName(chinese)).toBe("王, 小明");
    expect(cslPersonName(chinese)).toEqual({ family: "王", given: "小明" });
    expect(schemaCreator(chinese)).toEqual({ "@type": "Person", name: "王小明", familyName: "王", givenName: "小明" });
  });
});

describe("a Latin name", () => {
  it('reads given name first, and "Family, Given" for Highwire, DC and RIS', () => {
    expect(displayName(latin)).toBe("Grace Fairweather");
    expect(invertedName(latin)).toBe("Fairweather, Grace");
    expect(cslPersonName(latin)).toEqual({ family: "Fairweather", given: "Grace" });
    expect(schemaCreator(latin)).toEqual({ "@type": "Person", name: "Grace Fairweather", familyName: "Fairweather", givenName: "Grace" });
    expect([displayName(mononym), invertedName(mononym), cslPersonName(mononym)]).toEqual(["Plato", "Plato", { family: "Plato" }]);
  });
});

describe("an organisation", () => {
  it("is never split: literal in CSL, Organization in schema.org", () => {
    expect(displayName(organisation)).toBe("Fictional Policy Institute");
    expect(invertedName(organisation)).toBe("Fictional Policy Institute");
    expect(cslPersonName(organisation)).toEqual({ literal: "Fictional Policy Institute" });
    expect(schemaCreator(organisation)).toEqual({ "@type": "Organization", name: "Fictional Policy Institute" });
  });
});

describe("a reference's names from the .bib", () => {
  it("keeps Chinese, Latin (with particles) and braced corporate names apart in a mixed list", () => {
    const names = [{ family: "陈", given: "一" }, { family: "Dyke", given: "Ann", "non-dropping-particle": "van" }, { literal: "虚构金融研究院" }].map(creatorOfCsl);
    expect(names.map(displayName)).toEqual(["陈一", "Ann van Dyke", "虚构金融研究院"]);
    expect(names.map((n) => schemaCreator(n)["@type"])).toEqual(["Person", "Person", "Organization"]);
    expect(names.map(invertedName)).toEqual(["陈, 一", "van Dyke, Ann", "虚构金融研究院"]);
  });
});
