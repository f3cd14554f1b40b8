/** Full names split as a person would split them. */
import { describe, expect, it } from "vitest";
import { splitFullName } from "./names";

describe("splitFullName", () => {
  it.each([
    ["Jean-Pierre Le Gall", "Jean-Pierre", "Le Gall"],
    ["LE GALL Jean-Pierre", "Jean-Pierre", "Le Gall"],
    ["Jean-Pierre LE GALL", "Jean-Pierre", "Le Gall"],
    ["JEAN-PIERRE LE GALL", "Jean-Pierre", "Le Gall"],
    ["Le Gall, Jean-Pierre", "Jean-Pierre", "Le Gall"],
    ["Dr. Ann Smith", "Ann", "Smith"],
    ["Mme Anaïs QUÉRÉ", "Anaïs", "Quéré"],
    ["M. DUPONT", "", "Dupont"],
    ["Mary Ann Smith", "Mary Ann", "Smith"],
    ["Ludwig van Beethoven", "Ludwig", "van Beethoven"],
    ["DE GAULLE Charles", "Charles", "de Gaulle"],
    ["Valéry D'ESTAING", "Valéry", "d'Estaing"],
    ["O'NEIL Sean", "Sean", "O'Neil"],
    ["John Smith, Jr.", "John", "Smith Jr."],
    ["  Nolwenn   Le   Roux ", "Nolwenn", "Le Roux"],
    ["bell hooks", "bell", "hooks"],
  ])("%s → %s / %s", (raw, firstName, lastName) => {
    expect(splitFullName(raw)).toEqual({ firstName, lastName });
  });

  it("takes a single word as the last name", () => {
    expect(splitFullName("Morvan")).toEqual({ firstName: "", lastName: "Morvan" });
    expect(splitFullName("")).toEqual({ firstName: "", lastName: "" });
  });
});
