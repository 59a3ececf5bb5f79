import { describe, expect, it } from "vitest";
import { getScenarioOrThrow } from "../scenarios/get-scenario";
import { nameAsked } from "./name-asked";
import { readApology } from "./read-apology";

describe("whose name a turn asks for", async () => {
  const rosa = await getScenarioOrThrow("us-guilty-cooperative-bus-driver");
  const zhou = await getScenarioOrThrow("zh-timid-says-yes");
  const truckDriver = await getScenarioOrThrow("zh-hardship-truck-driver");

  it.each([
    ["Is this Frank Russo?", "wrong"],
    ["Hello, is that Mrs. Russo?", "wrong"],
    ["May I speak to Mr. Frank Russo, please?", "wrong"],
    ["Hi, is this Rosa?", "right"],
    ["Good morning, am I speaking with Ms Delgado?", "right"],
    ["Hi, Rosa Delgado?", "right"],
    ["Is this Frank? Sorry, is this Rosa Delgado?", "right"],
    ["This is Dana Price with Meridian Recovery Services.", undefined],
    ["Is this a good time to talk?", undefined],
    ["Sorry?", undefined],
    ["Is this Cobalt's number?", undefined],
  ] as const)("%s → %s (to Rosa Delgado)", (line, verdict) => {
    expect(nameAsked(line, rosa, "debtor")).toBe(verdict);
  });

  it.each([
    ["请问是王强吗?", "wrong"],
    ["喂,是刘先生吗?", "wrong"],
    ["你好,我找一下王建国。", "wrong"],
    ["请问是周女士吗?", "right"],
    ["喂,周敏吗?", "right"],
    ["是小周吗?", "right"],
    ["周敏吧?", "right"],
    ["现在方便吗?", undefined],
    ["请问是本人吗?", undefined],
    ["我是华兴银行信用卡中心委托的,找您说一下信用卡的事。", undefined],
  ] as const)("%s → %s (to 周敏)", (line, verdict) => {
    expect(nameAsked(line, zhou, "debtor")).toBe(verdict);
  });

  it("whoever picked up answers to their own name and the cardholder's, not a stranger's", () => {
    expect(nameAsked("请问是黄思雨吗?", truckDriver, "third_party")).toBe("right");
    expect(nameAsked("黄志强在吗?", truckDriver, "third_party")).toBe("right");
    expect(nameAsked("王强在吗?", truckDriver, "third_party")).toBe("wrong");
  });
});

describe("an apology as the customer hears it", () => {
  it.each([
    ["上次给您同事打电话是我们做得不对,我道歉。以后只打您本人手机。", { said: "owned", amends: true }],
    ["That call to your colleague was our mistake, I'm sorry. It won't happen again.", { said: "owned", amends: true }],
    ["We got that wrong, and I apologise.", { said: "owned", amends: false }],
    ["对不起。", { said: "bare", amends: false }],
    ["Sorry.", { said: "bare", amends: false }],
    ["I'm so sorry to hear about your husband.", undefined],
    ["Sorry, could you repeat that?", undefined],
  ] as const)("%s", (line, apology) => {
    expect(readApology(line)).toEqual(apology);
  });
});
