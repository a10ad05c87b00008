# Words shared by every screen and command. One file per subject in each language's folder;
# a message has the same id and the same $arguments in every language.
lang-name = English
