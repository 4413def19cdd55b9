// The organisation of the environment authorities (H1) and who answers for what (DESIGN §3).
export { ADMINISTRATIVE_LEVELS, type AdministrativeLevel, levelWording } from './administrative-level';
export { CENTRAL_UNIT_CODE, type UnitCode, provinceUnitCode, communeUnitCode, levelOfUnitCode, parseUnitCode } from './unit-code';
export type { OrganisationUnit } from './organisation-unit';
export type { AdministrativePlace } from './administrative-place';
export { CENTRAL_UNIT, currentAdministrativeUnits } from './current-administrative-units';
export { OrganisationError, type OrganisationErrorCode } from './organisation-error';
export { Jurisdiction } from './jurisdiction';
export { nationalJurisdiction } from './national-jurisdiction';
