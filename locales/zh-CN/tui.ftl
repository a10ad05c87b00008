# 终端界面自己的词语：选择框、语言切换、消息记录。
choice-yes = 是
choice-no = 否
