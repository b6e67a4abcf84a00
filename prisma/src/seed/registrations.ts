import type { Prisma } from '../../generated/client';
import { addDays, addHours, type Random } from '../factories';
import type { SeededPerson } from './people';

export type PlannedRegistration = Omit<Prisma.RegistrationCreateManyInput, 'activityId'>;

/** An activity to insert together with the registrations planned for it. */
export interface PlannedActivity {
  data: Omit<Prisma.ActivityCreateManyInput, 'confirmedCount'>;
  registrations: Map<number, PlannedRegistration>;
}

interface RegisterOptions {
  status?: 'confirmed' | 'waitlisted' | 'cancelled';
  checkedIn?: boolean;
  checkedInById?: number | null;
  /** The company admin who signed this person up, if it was a bulk registration. */
  registeredById?: number | null;
  extra?: Prisma.InputJsonValue;
  waitlistSeq?: number;
}

/** Builds registration rows for one activity, keeping one row per person and times inside the sign-up window. */
export class RosterBuilder {
  private waitlist = 0;

  constructor(
    private readonly random: Random,
    readonly activity: PlannedActivity,
    private readonly now: Date,
  ) {}

  has(userId: number): boolean {
    return this.activity.registrations.has(userId);
  }

  get confirmed(): number {
    let n = 0;
    for (const r of this.activity.registrations.values()) if (r.status === 'confirmed') n += 1;
    return n;
  }

  /** Adds a registration unless the person already has one here; returns whether it was added. */
  add(person: SeededPerson, options: RegisterOptions = {}): boolean {
    if (this.has(person.id)) return false;
    const { data } = this.activity;
    const status = options.status ?? 'confirmed';
    if (status === 'confirmed' && this.confirmed >= data.capacity) return false;
    const opens = new Date(data.signupStartAt).getTime();
    const closes = Math.min(new Date(data.signupEndAt).getTime(), this.now.getTime());
    const createdAt = new Date(opens + this.random.next() * Math.max(0, closes - opens));
    const start = new Date(data.startAt);
    const checkedInAt = status === 'confirmed' && options.checkedIn ? addHours(start, this.random.int(-25, 10) / 60) : null;
    if (status === 'waitlisted') this.waitlist += 1;
    this.activity.registrations.set(person.id, {
      userId: person.id,
      companyId: person.companyId,
      registeredById: options.registeredById ?? null,
      status,
      waitlistSeq: status === 'waitlisted' ? (options.waitlistSeq ?? this.waitlist) : null,
      extra: options.extra ?? {},
      ticketNonce: this.random.hex(32),
      checkedInAt,
      checkedInById: checkedInAt ? (options.checkedInById ?? null) : null,
      cancelledAt: status === 'cancelled' ? new Date(Math.min(addDays(createdAt, this.random.int(1, 3) / 2).getTime(), closes)) : null,
      createdAt,
      updatedAt: checkedInAt ?? createdAt,
    });
    return true;
  }
}
