import { BankImport } from './bank-import.entity';
import { Contribution } from './contribution.entity';
import { DuesCharge } from './dues-charge.entity';
import { DuesPayment } from './dues-payment.entity';
import { DuesSchedule } from './dues-schedule.entity';

/** The dues module's entities, for the ORM's list. */
export const DUES_ENTITIES = [DuesSchedule, DuesCharge, DuesPayment, Contribution, BankImport];
