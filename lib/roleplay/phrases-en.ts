import type { TPhraseBank } from "./phrase-bank-schema";

/**
 * The English customer's words. Avoid wording the scorer reads as a must-stop moment ("stop
 * calling", "lawyer", "hospital", "dispute"…) where the machine has not decided one.
 */
export const PHRASES_EN: TPhraseBank = {
  space: " ",
  identityDetail: {
    birth_date: { default: ["It's {value}.", "{value}.", "Date of birth's {value}."], hedging: ["Um, {value}?"], legalistic: ["{value}. Now who exactly am I speaking to?"] },
    id_digits: { default: ["{value}.", "Last four are {value}."], hedging: ["Um... {value}?"] },
    card_digits: { default: ["The card ends {value}.", "{value}."] },
    postcode: { default: ["{value}.", "It's {value}."] },
    address: { default: ["It's {value}.", "{value}."] },
  },
  alreadySaid: {
    // Said again of a refusal or a counter-offer as much as of a yes: nothing here may sound like agreeing.
    default: ["Like I said.", "Same as I said before.", "As I said earlier.", "What I told you a minute ago still stands.", "I already told you that."],
    hedging: ["Um, like I said before...", "Same as before, I think?"],
    weary: ["Same as I said. Nothing's changed."],
    curt: ["I already told you.", "Same answer."],
  },
  agreedAgain: {
    payment: {
      default: ["Like I said, {amount} by {date}.", "Same as before: {amount}, {date}.", "Like I said, {amount}."],
      hedging: ["Um, like I said... {amount} by {date}?"],
      curt: ["{amount}, {date}. Like I said."],
    },
    plan: {
      default: ["Like I said, {monthly} a month for {months} months, from {date}.", "Same as before: {months} months at {monthly}."],
      curt: ["{months} months at {monthly}. Like I said."],
    },
    planByLength: { default: ["Like I said, the {months} months. You'll send me what each payment is.", "Same as before: {months} months."] },
    planOpen: { default: ["Like I said, {monthly} a month from {date}.", "Same as before: {monthly} a month."], curt: ["{monthly} a month. Like I said."] },
  },
  hintReason: {
    misinformed: { default: ["I thought that was all sorted, to be honest.", "I didn't think this was urgent. Is it?"] },
    dispute: { default: ["I've got a problem with this account, for a start.", "There's something about this bill I'm not happy with."] },
    waiting_for_discount: { default: ["I know what I'm doing, there's no rush.", "I've got my own plan for this."] },
    waiting_to_improve: { default: ["Things will pick up soon, I just need a bit of time.", "Once things settle down I'll sort it."] },
    many_creditors: { default: ["There's a lot of people after me, not just you.", "You're not the only ones wanting money."] },
    indifferent_to_credit: { default: ["My credit score isn't something I lose sleep over.", "I'm not borrowing anything, so the credit stuff doesn't bother me."] },
    unconvinced: { default: ["I'm not convinced I owe this.", "I'm not sure I believe all that."] },
  },
  ownFigure: { default: ["I could do {amount}, that's about it.", "Maybe {amount}? That's what I've got."] },
  noDay: {
    payment: { default: ["Okay, I can pay {amount} in the next few days.", "Alright, {amount}. I can get that to you in a few days."] },
    planOpen: { default: ["{monthly} a month, yes, I can do that. When would it start, and for how long?", "Okay, {monthly} a month. Which day would you want it from?"] },
  },
  agreeCallbackShaken: {
    default: [
      "Okay. Thank you. I think I just need to not think about it for a while.",
      "Thank you for not pushing. I'll call when I can.",
      "Okay... thank you. That helps, honestly.",
      "Oh, thank you, love. That's a weight off.",
      "That's kind of you. I'll write that down.",
      "Thank you. I didn't know anyone could help with that.",
    ],
    apologetic: ["Thank you. I'm sorry, I just... thank you."],
  },
  agreePlanOpen: {
    default: [
      "{monthly} a month from {date}, yes, I can do that. How long would it run for?",
      "Okay, {monthly} a month starting {date}. Let me know how many months that comes to.",
    ],
    apologetic: ["{monthly} a month from {date}. I'll keep to it, I promise. How long would that be for?"],
    hedging: ["{monthly} a month... I think I can do that. For how long, though?"],
    curt: ["{monthly} a month from {date}. Fine."],
  },
  agreePlanByLength: {
    default: ["{months} months sounds doable. Send me what each payment comes to.", "Okay, {months} months. What would each payment be?"],
    hedging: ["{months} months... I think so? What would that be each month?"],
  },
  answers: {
    plain: {
      situation: { default: ["Things are about the same, really. Money's tight.", "Nothing special. Just tight."] },
      income: { default: ["My income's what it is. Enough to get by, not much more.", "Pay's not great, but it comes in."] },
      employment: { default: ["I'm still working, nothing's changed there.", "Work's the same as ever."] },
      health: { default: ["Health's fine, thanks.", "I'm alright health-wise."] },
      family: { default: ["Family's fine. This isn't about them.", "Everyone at home is okay."] },
      expenses: { default: ["Rent, food, bills, the usual. Not much left over.", "Just the normal stuff every month."] },
      other_debts: { default: ["It's this card that's the worry right now.", "This card's the main thing I'm worried about."] },
      savings: { default: ["Savings? I don't have any.", "There's nothing put aside, honestly."] },
      plans: { default: ["I haven't really planned that far.", "Just trying to get through the month."] },
      payment_capacity: { default: ["I'd have to look at what I've got before I say a number.", "I'm not sure yet, I'd need to check."] },
      dispute: { default: ["No, the amount's right. I just can't pay it.", "I'm not disputing it."] },
    },
    dodge: {
      default: ["I'd rather not get into {topic}.", "{topic}? It's fine. Let's leave it there.", "Why do you need to know about {topic}?"],
      hedging: ["Um... {topic} is... okay, I think."],
      defensive: ["What's {topic} got to do with you?"],
      legalistic: ["I don't have to discuss {topic} with you."],
      weary: ["{topic}. Sure. Like that's going to help."],
    },
    told: { default: ["I told you already.", "Like I said a minute ago."], curt: ["Already told you."] },
    shaken: {
      default: ["I don't know. I'm at home. I'm not going to do anything tonight, I just... I'm so tired.", "I think so. I'm at home. It's just a lot right now."],
      hedging: ["I... I don't know. I'm at home. I won't do anything, I think."],
    },
  },
  topicWords: {
    situation: "how things are",
    income: "my income",
    employment: "work",
    health: "my health",
    family: "my family",
    expenses: "what I spend",
    other_debts: "other debts",
    savings: "savings",
    plans: "plans",
    payment_capacity: "what I can pay",
    dispute: "the account",
  },
  mustStopAgain: {
    dispute: {
      default: [
        "Like I said, I'm disputing that charge. Check it first.",
        "I've told you, that amount isn't right.",
        "Until that's looked into, I'm not accepting it.",
        "Again: that charge isn't mine.",
      ],
    },
    lawyer: {
      default: ["I said, talk to my lawyer.", "You need to go through my attorney.", "Anything else goes to my lawyer.", "I'm not discussing it. My lawyer is handling it."],
    },
    cease: {
      default: [
        "I told you, stop calling me.",
        "I already asked you not to contact me like this.",
        "Write to me if you need to. No more calls.",
        "I've made myself clear on that.",
      ],
    },
    bankruptcy: {
      default: [
        "I already told you I've filed.",
        "Like I said, it's with the bankruptcy now.",
        "It's going through the process. Follow the process.",
        "I've explained that already.",
      ],
    },
    vulnerability: {
      default: [
        "I... I really can't deal with this right now.",
        "Did you hear what I just said? I can't do this.",
        "My head's all over the place. Please don't.",
        "I just... I don't have it in me to talk about this.",
      ],
    },
  },
  acts: {
    greet: { default: ["Hello?", "Hello, who's this?", "Yeah, hello?", "Hi, who is it?"], curt: ["Yeah?", "Who is this?"], hedging: ["Um, hello?"] },
    ask_who: {
      default: ["Sorry, who is this and what's it about?", "Who am I speaking to?", "What company are you with?", "Who's calling, please?"],
      curt: ["Who are you? What do you want?", "Get to the point. Who are you with?"],
      legalistic: ["Before anything else: your full name, your company, and who you're calling for.", "Which agency is this, and on whose behalf are you calling?"],
    },
    wrong_person: {
      default: [
        "No, sorry, nobody of that name here.",
        "No, I think you have the wrong number. Who are you looking for?",
        "There's nobody by that name here. Who did you want?",
        "No. Who did you want?",
      ],
      curt: ["Wrong number.", "No. Who?"],
      hedging: ["Um, no... I think you've got the wrong number?"],
      legalistic: ["No. Who exactly are you trying to reach, and who are you?"],
    },
    confirm_identity: {
      default: ["Yes, this is {name}.", "Speaking.", "Yes, that's me.", "Yeah, it's me. What's this about?"],
      curt: ["Yeah. What?", "That's me. Go on."],
      hedging: ["Um, yes, that's me.", "Yes... this is {name}."],
      apologetic: ["Yes, it's me. Is this about the card? I'm sorry."],
      legalistic: ["This is {name}. Is this call being recorded?"],
    },
    pass_phone: {
      default: ["Hold on, I'll get {them}.", "One moment, let me get {relation}.", "Sure, hang on, I'll hand {them} the phone."],
    },
    debtor_unavailable: {
      busy: { default: ["{relation}'s busy right now. What's this regarding?", "{pronoun} can't come to the phone at the moment. Can I ask what it's about?"] },
      away: { default: ["{relation}'s not here right now.", "{pronoun}'s out, won't be back until late.", "Sorry, {pronoun}'s away at the moment."] },
    },
    take_message: { default: ["Okay, I'll tell {them} you called.", "Fine, I'll pass that on to {relation}.", "Alright, I'll have {them} call you back."] },
    refuse: {
      disclosed: {
        default: [
          "Why are you telling me about {them} owing money? That's none of my business.",
          "You shouldn't be discussing that with me. I'm not passing anything on.",
          "I don't want to hear about {relation}'s finances. Goodbye.",
        ],
      },
      rude: { default: ["I don't like your tone. I'm done.", "There's no need to talk like that."] },
    },
    vent: {
      calls: {
        default: ["You people call all the time, it's exhausting.", "I've had so many of these calls, it's the same script every time.", "Every time it's the same thing."],
        weary: ["Look, I get calls like this every day. It's all the same."],
      },
      treatment: {
        default: ["I don't appreciate being spoken to like that.", "Is this how you treat people?", "That was completely out of line."],
        curt: ["Watch your tone.", "Don't try that with me."],
      },
      money: {
        default: ["Money, money, money. I don't have it, okay?", "All you care about is getting paid.", "You haven't even asked what's going on with me."],
        curt: ["I don't have it.", "There's no money."],
      },
    },
    hint_reason: {
      default: ["Things have been really tight lately.", "It's not that I don't want to pay, it's just been a hard few months.", "I've had a lot going on, money's been short."],
      apologetic: ["I'm so sorry, I never meant to fall behind. It's just been really hard."],
      hedging: ["It's just... things aren't great right now, I guess."],
      defensive: ["I'm not refusing, okay? I just don't have the money right now."],
      curt: ["It's been a rough stretch. Leave it at that.", "Stuff happened. That's all you need to know."],
      legalistic: ["My circumstances changed. I'm not obliged to go into detail on a first call.", "There are reasons, and I'll discuss them once I know who I'm dealing with."],
      weary: ["Same story as everyone. Too many bills, not enough wages.", "It's just one thing after another, isn't it."],
    },
    want_to_pay: {
      default: ["I want to pay, I just need a way to do it.", "I do want to pay this off.", "I want to pay, I'm not trying to dodge it."],
      apologetic: ["I want to pay, I really do. I'm not someone who skips out on debts."],
      hedging: ["I... I want to pay, I just don't know how."],
    },
    ask_back: {
      purpose: { default: ["So what exactly do you want?", "What is it you're calling for?"] },
      balance: {
        default: [
          "How is it that much? I don't remember spending that.",
          "I've been paying the minimum, so why does it keep going up?",
          "What's all this interest? I don't understand it.",
        ],
      },
      consequences: {
        default: [
          "What happens if I don't? My buddy never paid his and nothing happened.",
          "I read online they can't really do anything. Is that not true?",
          "Does it actually affect my credit? I heard it drops off after a while.",
        ],
      },
      options: { default: ["How would a payment plan even work?", "Could I pay less each month?"] },
    },
    challenge: {
      pressure: {
        default: ["Where exactly am I supposed to find that kind of money?", "Don't rush me like that.", "I can't just magic money up because you say so."],
        legalistic: ["You're not allowed to pressure me into paying like this. I know that much."],
      },
      borrowing: {
        default: ["Borrow more to pay this? That just digs the hole deeper.", "Take out another loan to pay you? No chance."],
        legalistic: ["You're not supposed to push people into new borrowing. I know that much."],
      },
      family_pay: {
        default: ["Leave my family out of it. This is my account.", "My family doesn't owe you anything."],
        legalistic: ["My relatives aren't liable for this, and you know it."],
      },
      caller_identity: {
        default: ["Tell me who you are first, then we'll talk.", "How do I know you're legit?"],
        legalistic: [
          "I'm not confirming anything until you give me your full name, your company and the creditor.",
          "Under the FDCPA you have to identify yourself properly. You haven't.",
        ],
      },
      threat: {
        default: ["Are you threatening me?", "Is that a threat?"],
        legalistic: ["That's a threat, and threats like that are prohibited. Section 806. I'm noting it."],
      },
      deception: {
        default: ["That's not true and you know it.", "Come on, that's not how it works."],
        legalistic: ["That's a false statement. Misrepresenting what can happen is a violation of Section 807."],
      },
      abuse: {
        default: ["Excuse me? How dare you talk to me like that.", "There's no need to insult me."],
        curt: ["Watch your mouth."],
        legalistic: ["Abusive language. That's Section 806 and it's on the record."],
      },
      disclosure: { default: ["Why would you tell anyone else about my account?"] },
      contacts: {
        default: ["Why do you want my family's numbers? Leave them out of this.", "I'm not giving you anybody else's number."],
        legalistic: ["You've no business asking for my relatives' details. You deal with me."],
      },
    },
    agree_payment: {
      default: ["Okay. I can pay {amount} by {date}.", "Fine, I'll get {amount} to you by {date}.", "Alright, {amount} by {date}. I can do that."],
      hedging: ["I... I guess I could do {amount} by {date}. I'll try."],
      apologetic: ["Thank you for understanding. I'll pay {amount} by {date}, I promise."],
      curt: ["{amount}, {date}. That's it."],
    },
    agree_plan: {
      default: [
        "Over {months} months, {monthly} a month? Yes, I can manage that.",
        "Okay, let's do the {months}-month plan, {monthly} a month, starting {date}.",
        "{monthly} a month for {months} months works for me.",
      ],
      apologetic: ["That would help so much. {monthly} a month for {months} months, I'll keep to it."],
      hedging: ["{monthly} a month... for {months} months... I think that's okay."],
    },
    counter_plan: {
      default: [
        "I can't do that much a month. {monthly} a month is the most I could manage.",
        "Monthly? {monthly}, tops.",
        "A plan's fine, but it would have to be about {monthly} a month.",
      ],
      curt: ["{monthly} a month. That's it."],
    },
    counter_offer: {
      default: [
        "I can't do that much. The most I could manage is {amount} by {date}.",
        "That's more than I have. Could I do {amount} instead?",
        "I've got {amount} I could send by {date}, that's it.",
      ],
      curt: ["{amount}. That's all there is."],
    },
    ask_time: {
      default: ["I need to think about it.", "Can you give me a few days?", "Let me talk it over at home first."],
      hedging: ["I'd have to ask my family first, I can't really decide on my own.", "I don't know... can I get back to you?"],
    },
    decline: {
      no_trust: { default: ["I don't even know that you're who you say you are. I'm not agreeing to anything.", "Not until I've checked who you are."] },
      angry: { default: ["No. Not after that.", "I'm not agreeing to anything right now."], curt: ["No."] },
      unwilling: { default: ["I'm not ready to talk about paying.", "I can't agree to that."], weary: ["There's no point. I can't pay any of them right now."] },
      over_capacity: { default: ["I don't have that kind of money.", "That's way more than I can afford."], weary: ["Where would I find that? No."] },
      cannot_pay: { default: ["I honestly can't pay anything right now.", "There's just nothing there to pay with."] },
    },
    agree_callback: {
      default: ["Okay, that works. Get back to me then.", "Alright, put a note on it and we'll go from there.", "Thank you. Let's do that."],
      weary: ["Fine. We'll leave it there."],
      apologetic: ["Thank you, really. That means a lot."],
    },
    goodbye: { default: ["Okay, bye.", "Alright. Bye then.", "Thanks. Bye."], hedging: ["Oh, okay... thank you. Bye."], curt: ["Yeah. Bye."], legalistic: ["Fine. Goodbye."] },
    go_along: {
      closed: {
        default: ["Whatever works.", "Yeah, that's fine.", "Sure, that works."],
        hedging: ["Um, yes, I think so."],
        curt: ["Whatever."],
        legalistic: ["That's acceptable."],
      },
      when: { default: ["Mornings are best, after ten.", "Afternoons are best, after two.", "Evenings are best, after seven."] },
      open: {
        default: ["Hard to say, really.", "I don't know, it's... it's the same as always.", "Not much to tell."],
        hedging: ["I... I'm not sure how to answer that.", "I don't know, it's... it's hard to say.", "Um... I'm not sure, really."],
        curt: ["Does it matter?"],
        legalistic: ["How is that relevant to the account?"],
        weary: ["Same old, same old."],
      },
      offer: {
        default: ["Yes, please. That would help.", "Go on then, yes.", "Yes, I'd like that, thank you."],
        hedging: ["Oh... yes, please, if that's alright."],
        curt: ["Fine. Go on."],
        legalistic: ["Yes. And put it in writing as well."],
        apologetic: ["Yes, please. Thank you, that's kind."],
      },
      fits: {
        default: ["It's tight, but I've worked it out. I can manage that.", "Yeah, that I can keep up.", "That works. I can stick to that."],
        hedging: ["I... I think so. I worked it out, it should be okay."],
        curt: ["I can manage it."],
        legalistic: ["Yes, I can keep to that figure."],
        weary: ["It'll be tight, but I'll manage."],
      },
      stretched: {
        default: ["Honestly, it's a stretch. A bit less each month would be safer.", "To be honest I'm not sure I can keep that up. Could it be lower?"],
        hedging: ["Um... honestly I'm worried I won't keep up. Could it be a bit less?"],
        curt: ["It's too much, really."],
        weary: ["That much, I don't know how long I'd last."],
      },
      nothing_else: {
        default: ["No, that's everything, thanks.", "No, I think that's it.", "No, that's all for now."],
        hedging: ["Um, no, I don't think so. Thank you."],
        curt: ["No."],
        legalistic: ["No. I'll wait for the letter."],
        apologetic: ["No, that's all. Thank you for being so patient."],
      },
    },
    acknowledge: { default: ["Okay.", "Mm-hm.", "Right.", "I'm listening."], curt: ["Okay."], hedging: ["Oh... okay."], legalistic: ["Go on."] },
    fear: {
      default: [
        "Wait, it's that serious? I... I didn't know.",
        "Oh God. What happens now?",
        "Please, I'm not trying to dodge anything. What do I do?",
        "Hold on, what does that mean for me?",
      ],
      hedging: ["Oh... oh no. Is that really going to happen?"],
    },
    complain: {
      default: ["I'm going to complain about this call.", "I'll be filing a complaint with your company.", "I'm reporting this."],
      legalistic: ["I'll be filing a complaint with the CFPB, and I have this call recorded.", "You'll be hearing from the regulator. I've got your name."],
    },
    hang_up: { default: ["I'm hanging up.", "We're done here.", "Goodbye."], curt: ["Bye."] },
  },
  explain: {
    default: ["Honestly? ", "Here's the thing. ", "Look. ", "Well... "],
    apologetic: ["I'm sorry. ", "To be honest? "],
    hedging: ["Um... ", "Well... "],
  },
  mustStop: { default: ["", "Listen. ", "I need to tell you something. "], curt: ["", "Listen. "] },
  openers: {
    hedging: ["Um... ", "Oh... "],
    apologetic: ["Sorry. ", "I'm sorry. "],
    weary: ["Look. ", "Honestly? "],
    defensive: ["Look. "],
  },
  moods: { scared: ["Wait... ", "Oh. "], relieved: ["Oh, good. ", "That helps. "], distressed: ["... "], calmer: ["Okay. "] },
};
