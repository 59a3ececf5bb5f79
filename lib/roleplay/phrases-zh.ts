import type { TPhraseBank } from "./phrase-bank-schema";

/**
 * The Chinese customer's words. Avoid wording the scorer reads as a must-stop moment (投诉 outside
 * a complaint, 别再打, 律师, 住院…) where the machine has not decided one.
 */
export const PHRASES_ZH: TPhraseBank = {
  space: "",
  identityDetail: {
    birth_date: { default: ["{value}。", "我是{value}出生的。"], hedging: ["呃……{value}。"] },
    id_digits: { default: ["后四位是{value}。", "{value}。"], hedging: ["嗯……{value}。"] },
    card_digits: { default: ["卡号后四位是{value}。", "{value}。"] },
    postcode: { default: ["邮编是{value}。"] },
    address: { default: ["我住{value}。", "{value}。"] },
  },
  alreadySaid: {
    // Said again of a refusal or a counter-offer as much as of a yes: nothing here may sound like agreeing.
    default: ["刚才说过了。", "跟刚才说的一样。", "嗯,还是刚才那样。", "我刚才已经说了。", "我前面说过了,还是那句话。"],
    hedging: ["嗯……跟刚才说的一样。", "还是刚才那样……"],
    weary: ["都说过了,还是那样。"],
    curt: ["说过了。", "刚才不是说了吗?"],
  },
  agreedAgain: {
    payment: {
      default: ["还是刚才说的,{date}前还{amount}。", "跟刚才一样,{date}还{amount}。", "还是刚才说的,先还{amount}。"],
      hedging: ["嗯……就像刚才说的,{date}还{amount},可以吧?"],
      curt: ["{date},{amount},说过了。"],
    },
    plan: { default: ["还是刚才说的,分{months}期,每期{monthly},{date}开始。", "跟刚才一样,{months}期,每期{monthly}。"], curt: ["{months}期,每期{monthly},说过了。"] },
    planByLength: { default: ["还是刚才说的,分{months}期,每期多少你们算好告诉我。", "跟刚才一样,分{months}期。"] },
    planOpen: { default: ["还是刚才说的,每个月{monthly},{date}开始。", "跟刚才一样,一个月{monthly}。"], curt: ["一个月{monthly},说过了。"] },
  },
  hintReason: {
    misinformed: { default: ["我以为那样就没事了,是不是哪里弄错了?", "我一直以为这个不用急,难道不是吗?"] },
    dispute: { default: ["这个账我有话要说,一两句说不清。", "你们那边的账,我有意见。"] },
    waiting_for_discount: { default: ["我心里有数,不急这一时。", "这事我有自己的打算。"] },
    waiting_to_improve: { default: ["再过段时间就好了,现在先缓缓。", "等手头宽裕点我自然会处理。"] },
    many_creditors: { default: ["要还的地方太多了,顾不过来。", "找我要钱的又不止你们一家。"] },
    indifferent_to_credit: { default: ["征信那些我也不太在乎。", "影响就影响吧,我又不贷款。"] },
    unconvinced: { default: ["这钱该不该我还,我还没想明白。", "你们说的我不太信。"] },
  },
  ownFigure: { default: ["我最多能拿出{amount}。", "{amount}的话,我能凑出来。"] },
  noDay: {
    payment: { default: ["行,{amount}我可以先还,这几天就转过去。", "好,{amount},我这两天凑好就还。"] },
    planOpen: { default: ["一个月{monthly},这个我能做到。从哪天开始、分几期,你们定了告诉我。", "行,一个月{monthly}。从哪天开始扣?"] },
  },
  agreeCallbackShaken: {
    default: [
      "好……谢谢你。我先缓一缓。",
      "谢谢你没逼我,等我缓过来再说。",
      "嗯……谢谢,这样我心里好受一点。",
      "哦……谢谢你,这样我能喘口气了。",
      "好,我记下了。谢谢你跟我说这些。",
      "谢谢……我都不知道还有人能帮这个忙。",
    ],
    apologetic: ["谢谢你……真的,不好意思,我就是……谢谢。"],
  },
  agreePlanOpen: {
    default: ["每个月{monthly},从{date}开始,这个我能做到。要分多少期你们算好了告诉我。", "行,一个月{monthly},{date}开始。分几期你们定了跟我说一声。"],
    apologetic: ["一个月{monthly}我一定按时还,{date}开始。分几期你们算好告诉我。"],
    hedging: ["一个月{monthly}……应该可以吧。那要还多少期啊?"],
    curt: ["一个月{monthly},{date}开始。"],
  },
  agreePlanByLength: {
    default: ["分{months}期可以,每个月具体多少你们算好了告诉我。", "{months}期的话应该行,每期多少发给我看看。"],
    hedging: ["{months}期……应该可以吧,每个月多少您再告诉我?"],
  },
  answers: {
    plain: {
      situation: { default: ["最近就那样,凑合过吧。", "也没什么特别的,就是手头紧。"] },
      income: { default: ["收入就那么点,刚够过日子。", "工资不高,每个月也就那样。"] },
      employment: { default: ["工作还在做,没什么变化。", "还在上班,就是忙。"] },
      health: { default: ["身体还行,没什么大问题。", "身体还好,谢谢关心。"] },
      family: { default: ["家里都还好。", "家里人都挺好的,这事跟他们没关系。"] },
      expenses: { default: ["开销就是房租吃饭这些,省不下什么。", "每个月花的也就是日常那些。"] },
      other_debts: { default: ["别的先不说,现在最愁的就是这张卡。", "主要就是这张卡压着。"] },
      savings: { default: ["哪有什么存款,月月光。", "存款没有,真没有。"] },
      plans: { default: ["打算……先把日子过下去吧。", "还没想好以后怎么弄。"] },
      payment_capacity: { default: ["能还多少我得算算,现在说不准。", "这个我得看看手上的钱。"] },
      dispute: { default: ["账我没什么问题,就是还不上。", "金额我认,没什么异议。"] },
    },
    dodge: {
      default: ["{topic}……这个就不说了吧。", "问这么细干嘛?{topic}我不太想说。", "{topic}啊……还行吧,就那样。"],
      hedging: ["{topic}……嗯……还、还可以吧。"],
      defensive: ["{topic}跟你有什么关系?"],
      legalistic: ["{topic}是我的个人信息,我没义务告诉你。"],
      weary: ["{topic}?你们问这个有什么用。"],
    },
    told: { default: ["我刚才说了呀。", "前面跟你说过了。"], curt: ["说过了。"] },
    shaken: {
      default: ["我……我也不知道。我在家,今晚应该不会做什么,就是太累了。", "应该……还好吧。我在家,就是心里特别堵。"],
      hedging: ["我……我不知道。我在家……应该不会乱来的。"],
    },
  },
  topicWords: {
    situation: "最近的情况",
    income: "收入",
    employment: "工作",
    health: "身体",
    family: "家里",
    expenses: "开销",
    other_debts: "别的欠款",
    savings: "存款",
    plans: "以后的打算",
    payment_capacity: "能还多少",
    dispute: "这笔账",
  },
  mustStopAgain: {
    dispute: { default: ["我说了,那笔我不认,你们先查清楚再说。", "还是那句话,那笔账有问题。", "那笔的事没查清楚之前,我不会认的。", "我再说一遍,那不是我的消费。"] },
    lawyer: { default: ["我说过了,找我律师谈。", "这事你们跟我律师联系。", "有什么事你们直接找律师。", "我不跟你们谈了,律师会处理。"] },
    cease: { default: ["我说了,别再打这个电话了。", "我已经说过不要再这样联系我。", "有事发短信,别再打电话了。", "我的要求说得很清楚了。"] },
    bankruptcy: { default: ["我说了,我在走破产程序。", "破产的事我已经说了,你们去找管理人。", "程序在走,你们按程序来。", "这个我已经跟你说清楚了。"] },
    vulnerability: { default: ["我……我现在真的顾不上这些。", "我刚才说的你听见了吗?我现在撑不住。", "我现在脑子很乱,别跟我说这些。", "……我真的没力气谈这个。"] },
  },
  acts: {
    greet: { default: ["喂?", "喂,哪位?", "喂,你好。", "喂?谁啊?"], curt: ["喂。", "谁?"], hedging: ["喂……您好?"] },
    ask_who: {
      default: ["你是哪里?有什么事?", "请问你是谁?找我什么事?", "你先说你是哪个单位的。", "什么事啊?你是哪位?"],
      curt: ["你谁啊?", "有事说事,你哪里的?"],
      legalistic: ["请先报一下你的全名、工号和所在机构。", "你是哪家机构的?受谁委托?先说清楚。"],
    },
    wrong_person: {
      default: ["不是,你打错了吧。", "不是啊,你找谁?", "你找错人了,我们这儿没有这个人。", "不是我。你找谁啊?"],
      curt: ["打错了。", "不是。你找谁?"],
      hedging: ["啊?不……不是,您是不是打错了?"],
      legalistic: ["不是。你要找谁?先说清楚你是哪里的。"],
    },
    confirm_identity: {
      default: ["是我,我是{name}。", "对,我就是。", "嗯,是我本人。", "是我,什么事?"],
      curt: ["是我。什么事?", "嗯。说吧。"],
      hedging: ["是……是我。", "嗯……我是{name}。"],
      apologetic: ["是我是我,是不是卡的事?真不好意思。"],
      legalistic: ["是我本人。你这通电话有录音吧?"],
    },
    pass_phone: {
      default: ["哦,你等一下,我叫{pronoun}来接。", "好,稍等,我去喊{relation}。", "你等等啊,我把电话给{pronoun}。"],
    },
    debtor_unavailable: {
      busy: { default: ["{relation}现在在忙,你有什么事跟我说吧?", "{pronoun}正忙着呢,你是哪位?有什么事?", "{relation}手头有事,一时过不来,你找{pronoun}干嘛?"] },
      away: { default: ["{relation}不在家,出去了。", "{pronoun}不在,要很晚才回来。", "{relation}出门了,手机没带。"] },
    },
    take_message: { default: ["行,我跟{pronoun}说一声,让{pronoun}给你回电话。", "好,我记下了,{pronoun}回来我转告。", "知道了,我会让{relation}回你电话的。"] },
    refuse: {
      disclosed: { default: ["欠钱的事你跟我说干嘛?我不管,你们自己找{pronoun}。", "你们怎么能把这事告诉我?我不会帮你转告的。", "这是{pronoun}的事,你别跟我讲这些。"] },
      rude: { default: ["你这什么态度?我不想跟你说了。", "说话客气点,我不跟你聊了。"] },
    },
    vent: {
      calls: {
        default: ["你们一天到晚打电话,烦不烦啊?", "我都接了多少个这种电话了,你们就不能换个说法?", "每次打来都是一样的话,我听得都烦了。"],
        weary: ["唉,又是你们。我每天接好几个这样的电话,说来说去都一样。"],
      },
      treatment: {
        default: ["你这么说话我很不舒服。", "你们就是这样对客户的?", "你这话说得太难听了。"],
        curt: ["你什么态度?", "少来这套。"],
      },
      money: {
        default: ["钱钱钱,你就知道要钱,我哪有钱?", "一开口就要我还,我拿什么还?", "你们就只会催,根本不管人死活。"],
        curt: ["没钱。", "要钱没有。"],
      },
    },
    hint_reason: {
      default: ["最近确实遇到点难处,手头紧得很。", "不是我不想还,是真的周转不过来。", "这段时间家里事情多,钱一直不凑手。"],
      apologetic: ["真是对不起,我不是故意拖的,实在是最近太难了。"],
      hedging: ["就是……最近不太方便,我也不知道怎么说。"],
      defensive: ["我又不是不还,就是最近没钱嘛。"],
      curt: ["出了点事,别问那么多。", "有原因的,一两句说不清。"],
      legalistic: ["我的情况有变化,具体的等我核实了你们的身份再说。", "原因我有,但没义务在电话里跟你细说。"],
      weary: ["还能怎么样,到处都要钱呗。", "唉,一个接一个的,早就习惯了。"],
    },
    want_to_pay: {
      default: ["钱我是想还的,就是得有个办法。", "我想还的,不是要赖账。", "这个钱我想还,你帮我想想办法。"],
      apologetic: ["我想还的,真的,我不是那种欠钱不还的人。"],
      hedging: ["我……我想还的,就是不知道怎么弄。"],
    },
    ask_back: {
      purpose: { default: ["你到底想说什么事?", "所以你打来是要干嘛?"] },
      balance: { default: ["怎么会欠这么多?我记得没刷这么多啊。", "这个最低还款到底是怎么算的?为什么越还越多?", "利息是怎么回事?我没搞明白。"] },
      consequences: {
        default: ["不还又能怎样?我朋友好几年没还也没事啊。", "网上都说不还也没啥,真的会有影响吗?", "真的会上征信吗?我听说过几年就消了。"],
      },
      options: { default: ["那分期是怎么个分法?", "能不能少还一点?"] },
    },
    challenge: {
      pressure: {
        default: ["一下子要这么多,你让我上哪儿弄去?", "你这么逼我也没用。", "你催得再急,我也变不出钱来。"],
        legalistic: ["催收不能这样施压,这个我清楚。"],
      },
      borrowing: {
        default: ["让我去借钱还?那不是窟窿越来越大吗?", "借新还旧?我才不干。"],
        legalistic: ["诱导借新还旧是不允许的,这个我清楚。"],
      },
      family_pay: {
        default: ["我家里人欠你们什么了?这是我自己的事。", "别扯上我家里人,他们不欠你们的。"],
        legalistic: ["我家里人没有还款义务,这个你们清楚。"],
      },
      caller_identity: {
        default: ["你先说清楚你是谁,我才跟你谈。", "我怎么知道你不是骗子?"],
        legalistic: ["你的全名、工号、机构名称和委托银行先报给我,没核实身份我什么都不会说。", "按规定催收人员要先表明身份,你还没说清楚你是哪家机构的。"],
      },
      threat: {
        default: ["你这是在威胁我吗?", "你吓唬谁呢?"],
        legalistic: ["你刚才这话属于威胁恐吓,监管规定明令禁止的,我记下了。"],
      },
      deception: {
        default: ["你别骗我了,哪有这回事。", "你说的根本不是真的吧?"],
        legalistic: ["你说的不符合事实,夸大后果属于误导,这是违规的。"],
      },
      abuse: {
        default: ["你怎么骂人呢?", "你说话放尊重点!"],
        curt: ["嘴巴放干净点!"],
        legalistic: ["你刚才是在辱骂我,我会保留录音。"],
      },
      disclosure: { default: ["你凭什么跟别人说我的事?"] },
      contacts: {
        default: ["你要我家里人电话干什么?这事跟他们没关系。", "别人的电话我不会给你的。"],
        legalistic: ["我家人的联系方式你无权要,有事找我本人。"],
      },
    },
    agree_payment: {
      default: ["行,那我{date}先还{amount}。", "好吧,{date}之前我可以先还{amount}。", "那就这样,{amount},{date}前还上。"],
      hedging: ["那……那我{date}先还{amount}吧,我尽量。"],
      apologetic: ["谢谢你理解,{date}我一定先还{amount},真的谢谢。"],
      curt: ["{amount},{date}。就这样。"],
    },
    agree_plan: {
      default: ["分{months}期的话,每个月{monthly},我应该还得上。", "那就申请分{months}期吧,一个月{monthly}我能扛住,第一期{date}。", "行,{months}期,每月{monthly},从{date}开始。"],
      apologetic: ["能分期真是太好了,{months}期每月{monthly},我一定按时还。"],
      hedging: ["{months}期……每个月{monthly},应该……应该可以吧。"],
    },
    counter_plan: {
      default: ["每个月那么多有点多,一个月{monthly}我能做到。", "一个月{monthly}的话我能按时还上。", "分期可以,每个月{monthly}左右比较合适。"],
      curt: ["一个月{monthly},多的没有。"],
    },
    counter_offer: {
      default: ["那么多我真拿不出来,{date}前最多先还{amount}。", "一下子还不了那么多,先还{amount}行不行?", "我手上就{amount},{date}之前能转过去。"],
      curt: ["就{amount},多的没有。"],
    },
    ask_time: {
      default: ["这个我得再想想。", "能不能给我几天时间考虑一下?", "我得跟家里商量一下再说。"],
      hedging: ["我……我得问问家里人,我自己做不了主。", "我现在说不好……能不能等我跟家里商量?"],
    },
    decline: {
      no_trust: { default: ["我都不知道你是不是真的银行那边的,不能答应你。", "你先让我核实一下再说,现在不谈钱。"] },
      angry: { default: ["你这样说我不可能答应。", "现在别跟我谈还钱的事。"], curt: ["不谈。"] },
      unwilling: { default: ["现在不想谈还款的事。", "这个我不能答应你。"], weary: ["说了也没用,我现在哪家都还不上。"] },
      over_capacity: { default: ["这么多我真的拿不出来。", "那个数我还不上,你别为难我了。"], weary: ["我哪来这么多钱,不可能的。"] },
      cannot_pay: { default: ["我现在是真的一分钱都拿不出来。", "现在这情况,我真的没办法还。"] },
    },
    agree_callback: {
      default: ["好,那就先这样,有什么事你再联系我。", "行,你们先登记一下,我等你们消息。", "那好,就按你说的办。"],
      weary: ["行吧,那就先这样。"],
      apologetic: ["谢谢你,真的谢谢你能理解。"],
    },
    goodbye: { default: ["好,再见。", "嗯,那先这样,再见。", "行,拜拜。"], hedging: ["好的好的,谢谢你啊,再见。"], curt: ["嗯,挂了。"], legalistic: ["好,今天就到这里。再见。"] },
    go_along: {
      closed: { default: ["都行吧。", "嗯,可以。", "行,就这样吧。"], hedging: ["嗯……都、都可以。"], curt: ["随便。"], legalistic: ["可以,按规定来就行。"] },
      when: { default: ["上午吧,十点以后。", "下午吧,两点以后都行。", "晚上吧,七点以后。"] },
      open: {
        default: ["这个……一下子也说不清。", "嗯……还好吧,就那样。", "这个不好说。"],
        hedging: ["我……我也说不太清楚。", "嗯……我也不知道怎么说。", "这个……我说不好。"],
        curt: ["没什么好说的。"],
        legalistic: ["这个跟还款有关系吗?"],
        weary: ["还能怎样,老样子。"],
      },
      offer: {
        default: ["好的,麻烦你了。", "嗯,要的,你说吧。", "好,那谢谢了。"],
        hedging: ["那……那好吧,谢谢。"],
        curt: ["行,你说。"],
        legalistic: ["可以,另外书面也发我一份。"],
        apologetic: ["好的好的,真是麻烦你了。"],
      },
      fits: {
        default: ["这个数我心里算过,紧是紧点,能扛住。", "嗯,这么还我吃得消,日子还过得去。", "应该没问题,我能按时还上。"],
        hedging: ["我……我算了一下,应该还行。"],
        curt: ["能扛住。"],
        legalistic: ["按这个数,我能按时还。"],
        weary: ["紧巴巴的,不过能撑住。"],
      },
      stretched: {
        default: ["说实话有点悬,每个月再少一点我心里更踏实。", "老实讲,这个数我怕坚持不下来,能不能再低一点?"],
        hedging: ["这个……说实话我怕到时候还不上,能不能少一点?"],
        curt: ["有点多,扛不住。"],
        weary: ["这么多,我怕撑不了几个月。"],
      },
      nothing_else: {
        default: ["没有了,谢谢。", "暂时没有了。", "没别的了,就这样吧。"],
        hedging: ["嗯……没、没有了,谢谢。"],
        curt: ["没了。"],
        legalistic: ["没有了,等你们的书面通知。"],
        apologetic: ["没有了,谢谢你这么耐心。"],
      },
    },
    acknowledge: { default: ["嗯。", "嗯,你说。", "好的。", "知道了。"], curt: ["嗯。"], hedging: ["哦……好的。"], legalistic: ["嗯,你继续说。"] },
    fear: {
      default: ["啊?真的要走法律程序吗?我……我不是故意的。", "这么严重啊……那我该怎么办?", "你别吓我,我……我真的会想办法的。", "啊?那……那会怎么样?"],
      hedging: ["啊……真、真的吗?那我怎么办……"],
    },
    complain: {
      default: ["我要投诉你们!", "我会打银行客服投诉你。", "你等着,我要去投诉。"],
      legalistic: ["我会向银保监部门投诉,这通电话的录音我都留着。", "我会打12378投诉,你的工号我记下了。"],
    },
    hang_up: { default: ["不说了,挂了。", "我挂了。", "(挂断电话)"], curt: ["挂了!"] },
  },
  explain: {
    default: ["说实话,", "跟你讲吧,", "其实是这样,", "唉,"],
    apologetic: ["不瞒你说,", "真不好意思,"],
    hedging: ["那个……", "其实……"],
  },
  mustStop: { default: ["", "我跟你说,", "你听我说,"], curt: ["", "听着,"] },
  openers: {
    hedging: ["呃……", "那个……"],
    apologetic: ["对不起啊,", "不好意思,"],
    weary: ["唉,", "行吧,"],
    defensive: ["我跟你说,"],
  },
  moods: { scared: ["啊?", "这……"], relieved: ["那太好了,", "那就好,"], distressed: ["……"], calmer: ["嗯,"] },
};
