/**
 * Where a new scenario starts: a small, valid scenario to change field by field, so the editor
 * shows a case file and can dry-run from the first keystroke.
 */
export const NEW_SCENARIO_TEMPLATE = `# yaml-language-server: $schema=./scenario.schema.json
id: new-scenario
title:
  zh: 新场景
  en: New scenario
summary:
  zh: 持卡人逾期45天,欠款12,000元。
  en: The cardholder is 45 days past due, CNY 12,000 in total.
language: zh-CN
ruleset: cn
difficulty: 1
answeredBy:
  party: debtor
persona:
  archetype: guilty_cooperative
  name: 张伟
  age: 35
  gender: male
  speakingStyle: 说话客气,常道歉,说到收入时会犹豫。
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
    creditor: 示例银行信用卡中心
    accountRef: EX-CC-6222****0001
    inCollectionSince: 2026-10-20
    daysPastDue: 45
    bucket: M2
    brokenPromises: 0
    installmentEligible: true
  customer:
    maritalStatus: married
    homeRegion: 江苏南京
    registeredAddress: 南京市鼓楼区示例路1号
    phoneBook:
      - label: 本人手机
        number: "138 0000 0001"
        belongsTo: cardholder
  account:
    currency: CNY
    cards:
      - product: 示例金卡
        last4: "0001"
        creditLimit: 20000
        balance: 12000
    balance: 12000
    minimumPayment: 1200
    breakdown:
      principal: 11400
      interest: 480
      fees:
        late_fees: 120
    transactionsSinceDelinquency: []
  flags: {}
  other:
    housing: rented
    debitCardAtSameBank: false
    actionHistory: []
policy:
  maxInstallmentMonths: 12
  waivable: [late_fees]
  minimumFirstPayment: 500
  deferralMonths: 0
hidden:
  reasonKind: hardship
  realReason: 上个月被裁员,还在找工作。
  monthlyIncome: 3000
  canPayToday: 500
  canPayMonthly: 800
  disclosures:
    - id: lost-job
      fact: 我上个月被公司裁了,现在还在找工作。
      topic: employment
      minTrust: 0.4
goals:
  - zh: 核实本人身份后再谈欠款
    en: Verify the cardholder before discussing the debt
  - zh: 了解未还款原因,约定可行的首付金额和日期
    en: Find out why they have not paid and agree a realistic first payment and date
`;
