import type { TPersonaEvent } from "../../../lib/persona/persona-events";

/** Representative trainee turns as persona observations, shared by the machine and graph tests. */
export const TURNS = {
  introduceAndVerify: [{ type: "agent.identified", name: true, organisation: true }, { type: "agent.asked_identity" }],
  askForDebtor: [{ type: "agent.identified", name: true, organisation: false }],
  askOnlyIdentity: [{ type: "agent.asked_identity" }],
  exploreLife: [
    { type: "agent.empathised", points: 1.5 },
    { type: "agent.asked", topics: ["situation", "employment", "income", "family", "health", "dispute"] },
  ],
  exploreMoney: [
    { type: "agent.empathised", points: 1 },
    { type: "agent.asked", topics: ["payment_capacity", "other_debts", "plans", "expenses"] },
  ],
  explainAccurately: [{ type: "agent.informed", accurate: 2, inaccurate: 0, consequences: 1 }, { type: "agent.reassured" }],
  offerPlan: [
    { type: "agent.offered", options: [{ kind: "instalments", withinPolicy: true, months: null, monthly: null }] },
    { type: "agent.requested_payment", amount: null, date: null },
  ],
  offerSmallPlan: [{ type: "agent.offered", options: [{ kind: "instalments", withinPolicy: true, months: 12, monthly: 100 }] }],
  requestOpen: [{ type: "agent.requested_payment", amount: null, date: "Friday" }],
  requestHuge: [{ type: "agent.requested_payment", amount: 1_000_000, date: "today" }],
  callBack: [{ type: "agent.requested_callback" }],
  respondToStop: [
    { type: "agent.empathised", points: 1 },
    { type: "agent.responded_to_stop", acknowledged: true, explainedRoute: true, paused: true },
  ],
  abuse: [{ type: "agent.abused", count: 1 }],
  threaten: [{ type: "agent.threatened", kinds: ["exposure", "prison"] }],
  deceive: [{ type: "agent.deceived", kinds: ["fake_legal_process"] }],
  demandContacts: [{ type: "agent.demanded_contacts" }],
  discloseDebt: [{ type: "agent.mentioned_debt", listenerMayHear: false }],
  pressLumpSum: [{ type: "agent.pressed", lumpSum: true, borrowOrSell: true, ignoredMustStop: false }],
  silence: [],
} satisfies Record<string, TPersonaEvent[]>;
export type TTurnName = keyof typeof TURNS;
