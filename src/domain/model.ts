/**
 * The program's vocabulary as plain data types. Everything here is stored
 * (by src/storage) or derived (by the rule engine); nothing here does I/O.
 */

export type Role = 'globalAdmin' | 'mpnPartnerAdmin' | 'adminAgent' | 'helpdeskAgent';

/** Which programs a Partner Center account is associated with. */
export interface AccountAssociation {
  readonly mpn: boolean;
  readonly csp: boolean;
}

export interface Person {
  readonly aadObjectId: string;
  readonly tenantId: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly association: AccountAssociation;
}

/**
 * An offer id program.json declares ("actionPack", "silver", "gold"). Offers
 * are data: ids are checked where they enter (program load, import, store
 * reads), so code past those points may rely on them.
 */
export type OfferLevel = string;

/** An id from the rules file's competency list, e.g. "cloudPlatform". */
export type CompetencyId = string;

export interface Offer {
  readonly level: OfferLevel;
  /** Absent for an offer that carries no competency (Action Pack). */
  readonly competency?: CompetencyId;
}

export type ActivationStatus = 'notActivated' | 'pending' | 'activated';

export interface ActivationState {
  readonly status: ActivationStatus;
  readonly requestedBy?: string;
  readonly requestedAt?: string;
  readonly activatedAt?: string;
}

export interface Company {
  readonly tenantId: string;
  readonly name: string;
  readonly offers: readonly Offer[];
  /** Enrolled in the Cloud Solution Provider program. */
  readonly csp: boolean;
  readonly activation: ActivationState;
}

/** The benefits a contract can be for (Support for Business and the Azure portal hold these). */
export type BenefitKind = 'productSupport' | 'signatureCloudSupport';
/** Any benefit program.json declares: the contract kinds above and benefits that are data only. */
export type BenefitId = string;

/** Where a contract was added to a user's account. */
export type LinkPortal = 'supportForBusiness' | 'azure';

export interface ContractAssociation {
  readonly aadObjectId: string;
  readonly portal: LinkPortal;
  readonly at: string;
}

export interface Contract {
  /** Store key; not shown to users. */
  readonly id: string;
  readonly tenantId: string;
  readonly benefit: BenefitKind;
  /** "unlimited", "5pack", "10pack" for cloud; absent for product support. */
  readonly cloudPackage?: CloudPackage;
  /** null = unlimited. */
  readonly incidentsTotal: number | null;
  readonly incidentsRemaining: number | null;
  /** ISO dates (yyyy-mm-dd). */
  readonly startDate: string;
  readonly endDate: string;
  /** Secrets: shown only to their owner in a 1:1 chat. */
  readonly accessId: string;
  readonly contractId: string;
  readonly associations: readonly ContractAssociation[];
}

export type CloudPackage = 'unlimited' | '5pack' | '10pack';

export interface CspCustomer {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
}

/** A user as the bot sees them on a turn: known (in the directory) or not. */
export type Requester =
  | { readonly known: true; readonly person: Person; readonly company: Company }
  | { readonly known: false; readonly aadObjectId?: string; readonly tenantId?: string };

export type Language = 'en' | 'ja';
