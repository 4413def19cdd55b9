/** A place as the gazetteer settles it: GSO codes of its province and commune, either possibly unknown. */
export interface AdministrativePlace {
  readonly provinceCode: string | null;
  readonly communeCode: string | null;
}
