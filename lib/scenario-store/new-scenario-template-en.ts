/** The English-language starting scenario (US rule set), the counterpart of NEW_SCENARIO_TEMPLATE. */
export const NEW_SCENARIO_TEMPLATE_EN = `# yaml-language-server: $schema=./scenario.schema.json
id: new-scenario
title:
  zh: 新场景(英文)
  en: New scenario (English)
summary:
  zh: 持卡人逾期45天,欠款2,400美元。
  en: The cardholder is 45 days past due, $2,400 in total.
language: en
ruleset: us
difficulty: 1
answeredBy:
  party: debtor
persona:
  archetype: guilty_cooperative
  name: Daniel Reyes
  age: 38
  gender: male
  speakingStyle: Polite and apologetic; hesitates when money comes up.
  traits:
    initialTrust: 0.5
    initialAnger: 0.1
    patience: 0.6
    volatility: 0.3
    understanding: 0.6
    willingness: 0.7
    capacity: 0.4
caseFile:
  case:
    asOf: 2026-11-23
    creditor: Example Bank, N.A.
    agency: Example Recovery Services, LLC
    accountRef: EX-4821-0001
    inCollectionSince: 2026-10-20
    daysPastDue: 45
    bucket: M2
    brokenPromises: 0
    installmentEligible: true
  customer:
    maritalStatus: married
    homeRegion: Columbus, Ohio
    registeredAddress: 118 Example St, Columbus, OH 43215
    phoneBook:
      - label: Cell
        number: "(614) 555-0101"
        belongsTo: cardholder
  account:
    currency: USD
    cards:
      - product: Example Rewards Visa
        last4: "4821"
        creditLimit: 3000
        balance: 2400
    balance: 2400
    minimumPayment: 240
    breakdown:
      principal: 2250
      interest: 120
      fees:
        late_fees: 30
    transactionsSinceDelinquency: []
  flags: {}
  other:
    housing: rented
    debitCardAtSameBank: false
    actionHistory: []
policy:
  maxInstallmentMonths: 12
  waivable: [late_fees]
  minimumFirstPayment: 100
  deferralMonths: 0
hidden:
  reasonKind: hardship
  realReason: Lost his job last month and is still looking for work.
  monthlyIncome: 1800
  canPayToday: 100
  canPayMonthly: 150
  disclosures:
    - id: lost-job
      fact: I got laid off last month and I'm still looking for work.
      topic: employment
      minTrust: 0.4
goals:
  - zh: 核实本人身份后再谈欠款
    en: Verify the cardholder before discussing the debt
  - zh: 了解未还款原因,约定可行的首付金额和日期
    en: Find out why they have not paid and agree a realistic first payment and date
`;
