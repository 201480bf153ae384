import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';

let app: TestApp;
let pathwayId: number;
let participantId: number;

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await createTestApp();
  participantId = (
    await app.ok('participants.create', { data: validParticipant() }, { as: 'counselor' })
  ).id;
  pathwayId = (
    await app.ok('pathways.create', { participantId, track: 'association', openedOn: day(-60) })
  ).id;
});
afterAll(() => app.close());

describe('services directory and referrals', () => {
  it('refers to a service, and refuses one removed from the directory', async () => {
    const service = await app.ok('services.create', {
      data: {
        name: 'Sportello lavoro',
        provider: 'Comune di Torino',
        category: 'employment',
        comune: 'Torino',
      },
    });
    const removed = await app.ok('services.create', {
      data: { name: 'Vecchio sportello', category: 'other' },
    });
    await app.ok('services.setDeleted', { id: removed.id, deleted: true });
    expect((await app.ok('services.list', { query: 'sportello' })).map((s) => s.name)).toEqual([
      'Sportello lavoro',
    ]);
    expect((await app.ok('services.list', { query: '%' })).length).toBe(0);
    await app.ok('referrals.create', {
      pathwayId,
      serviceId: service.id,
      date: day(-10),
      reason: 'Ricerca lavoro',
    });
    const refused = await app.call('referrals.create', {
      pathwayId,
      serviceId: removed.id,
      date: day(-5),
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        fields: { serviceId: 'Questo servizio è stato eliminato dall’elenco: scegline un altro.' },
      },
    });
    const page = await app.ok('pathways.get', { id: pathwayId });
    expect(page.referrals).toEqual([
      expect.objectContaining({
        serviceName: 'Sportello lavoro',
        reason: 'Ricerca lavoro',
        serviceDeleted: false,
      }),
    ]);
  });
});

describe('volunteering and insurance', () => {
  it('lists host associations without cover or with cover expiring', async () => {
    await app.ok('volunteering.create', {
      participantId,
      hostAssociation: 'Associazione Senza Polizza',
      startDate: day(-20),
      hours: 12,
      insuranceCovered: false,
    });
    await app.ok('volunteering.create', {
      participantId,
      hostAssociation: 'Associazione In Scadenza',
      startDate: day(-20),
      hours: 8,
      insuranceCovered: true,
      insuranceExpiry: day(10),
    });
    await app.ok('volunteering.create', {
      participantId,
      hostAssociation: 'Associazione In Regola',
      startDate: day(-20),
      hours: 8,
      insuranceCovered: true,
      insuranceExpiry: day(300),
    });
    const backwards = await app.call('volunteering.create', {
      participantId,
      hostAssociation: 'X',
      startDate: day(-1),
      endDate: day(-10),
      hours: 1,
      insuranceCovered: true,
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { fields: { endDate: 'La fine deve venire dopo l’inizio.' } },
    });
    const alerts = await app.ok('volunteering.insuranceAlerts', {}, { as: 'coordinator' });
    expect(alerts.map((a) => [a.hostAssociation, a.problem])).toEqual([
      ['Associazione In Scadenza', 'expiring'],
      ['Associazione Senza Polizza', 'missing'],
    ]);
  });
});

describe('caseload home', () => {
  it('shows open pathways, overdue work, this week’s appointments, quiet pathways and expiring policies', async () => {
    await app.ok(
      'plans.save',
      {
        pathwayId,
        goals: [
          {
            title: 'Costituire l’associazione',
            dueDate: day(-3),
            actions: [
              { description: 'Bozza di statuto', who: 'participant', dueDate: day(-2) },
              { description: 'Futura', who: 'counselor', dueDate: day(20) },
            ],
          },
        ],
      },
      { as: 'counselor' },
    );
    await app.ok('meetings.create', {
      pathwayId,
      date: day(-40),
      durationMinutes: 45,
      kind: 'in_person',
      nextAppointment: day(0),
    });
    await app.ok('milestones.create', {
      pathwayId,
      date: day(-5),
      details: {
        type: 'association',
        name: 'Donne in rete APS',
        insurance: {
          insurer: 'Assicurazioni Esempio',
          policyNumber: 'P-9',
          startDate: day(-200),
          expiryDate: day(15),
        },
      },
    });
    const home = await app.ok('caseload.home', {});
    expect(home.open.map((p) => p.id)).toEqual([pathwayId]);
    expect(home.overdueActions.map((a) => a.description)).toEqual(['Bozza di statuto']);
    expect(home.overdueGoals.map((g) => g.title)).toEqual(['Costituire l’associazione']);
    expect(home.appointmentsThisWeek).toEqual([
      expect.objectContaining({ pathwayId, date: day(0) }),
    ]);
    expect(home.quiet.map((p) => p.id)).toEqual([pathwayId]);
    expect(home.insuranceExpiring).toEqual([
      expect.objectContaining({
        association: 'Donne in rete APS',
        insurer: 'Assicurazioni Esempio',
        expiryDate: day(15),
      }),
    ]);
    const other = await app.ok('caseload.home', {}, { as: 'counselor2' });
    expect(other.open).toEqual([]);
    expect(other.overdueActions).toEqual([]);
  });
});
